package cn.govsite.content.item;

/** The fields a content type adds to the common title, body and source. */
public sealed interface TypeFields permits ArticleFields, NoticeFields, PolicyDocumentFields,
		PolicyInterpretationFields, LeaderProfileFields, LinkFields, ServiceGuideFields {

}
