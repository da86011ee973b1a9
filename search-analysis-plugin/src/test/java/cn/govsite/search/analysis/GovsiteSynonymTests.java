package cn.govsite.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synonyms, stop words and width folding as a citizen meets them: documents indexed with
 * {@code govsite_chinese}, queries analysed with {@code govsite_chinese_search} through
 * Lucene's own query builder (what Elasticsearch's match query uses), all words required.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovsiteSynonymTests {

	private final Directory directory = new ByteBuffersDirectory();

	private DirectoryReader reader;

	@BeforeAll
	void indexCorpus() throws IOException {
		try (IndexWriter writer = new IndexWriter(this.directory,
				new IndexWriterConfig(new GovsiteChineseAnalyzer()))) {
			add(writer, "pension", "城乡居民社会保险缴纳指南");
			add(writer, "medical", "职工医疗保险报销比例调整的通知");
			add(writer, "fund", "住房公积金提取办理流程");
			add(writer, "id", "居民身份证换领补领须知");
			add(writer, "licence", "工商执照变更登记");
			add(writer, "hukou", "户籍迁移办理指南");
			add(writer, "report", "２０２６年政务公开工作要点");
			add(writer, "card", "社会保障卡申领");
			add(writer, "rental", "公共租赁住房申请条件");
			add(writer, "jobless", "失业保险金申领指南");
		}
		this.reader = DirectoryReader.open(this.directory);
	}

	@AfterAll
	void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

	@Test
	void shipsAtLeastSixtyGroups() {
		List<String> rules = GovsiteAnalysis.loadWords(GovsiteAnalysis.SYNONYMS_RESOURCE);
		assertTrue(rules.size() >= 60, () -> "only " + rules.size() + " synonym groups");
		assertTrue(rules.stream().allMatch(rule -> rule.contains(",")), "every line is a group of equivalents");
		// Every entry segments to at least one word (the parser throws otherwise).
		assertTrue(GovsiteAnalysis.defaultSynonyms().fst != null);
	}

	@Test
	void abbreviationFindsTheFullTermAndBack() throws IOException {
		assertEquals(List.of("pension"), search("社保"));
		assertEquals(List.of("pension"), search("社会保险"));
		assertEquals(List.of("medical"), search("医保报销"));
		assertEquals(List.of("fund"), search("公积金提取"));
		assertEquals(List.of("id"), search("身份证补领"));
		assertEquals(List.of("licence"), search("营业执照变更"));
		assertEquals(List.of("hukou"), search("户口迁移"));
		assertEquals(List.of("card"), search("社保卡申领"));
	}

	@Test
	void synonymsMatchHoweverTheirNeighboursSplitThem() throws IOException {
		// Alone 公租房 is 公|租|房, before 申请 it is 公|租房; 失业保险金 alone is
		// 失业|保险|金, before 申领 失业|保险金.
		assertEquals(List.of("rental"), search("公租房申请条件"));
		assertEquals(List.of("rental"), search("公租房"));
		assertEquals(List.of("jobless"), search("失业金申领"));
	}

	@Test
	void wordOrderDoesNotMatter() throws IOException {
		assertEquals(List.of("fund"), search("提取公积金"));
		assertEquals(List.of("id"), search("补领身份证"));
	}

	@Test
	void questionWordsOfCitizensAreStopWords() throws IOException {
		assertEquals(List.of("fund"), search("公积金怎么提取"));
		assertEquals(List.of("hukou"), search("请问户口如何迁移"));
		List<String> materials = tokens(new GovsiteChineseSearchAnalyzer(), "公积金提取需要哪些材料");
		assertFalse(materials.contains("需要") || materials.contains("哪些"), () -> "tokens: " + materials);
		assertEquals(List.of("licence"), search("营业执照变更需要什么"));
		assertFalse(tokens(new GovsiteChineseSearchAnalyzer(), "社保卡怎么办理").contains("怎么"));
	}

	@Test
	void fullWidthAndHalfWidthMatch() throws IOException {
		assertEquals(List.of("report"), search("2026年政务公开"));
		assertEquals(List.of("report"), search("２０２６年政务公开"));
		assertEquals(tokens(new GovsiteChineseAnalyzer(), "2026年ETC办理"),
				tokens(new GovsiteChineseAnalyzer(), "２０２６年ＥＴＣ办理"));
	}

	@Test
	void phraseQueriesKeepWorkingWithSynonyms() throws IOException {
		QueryBuilder builder = new QueryBuilder(new GovsiteChineseSearchAnalyzer());
		assertEquals(List.of("pension"), ids(builder.createPhraseQuery("body", "社保缴纳")));
		assertEquals(List.of("pension"), ids(builder.createPhraseQuery("body", "社会保险缴纳")));
		assertEquals(List.of(), ids(builder.createPhraseQuery("body", "缴纳社保")));
	}

	@Test
	void indexAnalyzerHasNoSynonyms() throws IOException {
		assertFalse(tokens(new GovsiteChineseAnalyzer(), "社保").contains("社会"));
		assertTrue(tokens(new GovsiteChineseSearchAnalyzer(), "社保").containsAll(List.of("社会", "保险")));
	}

	@Test
	void synonymsFromSettingsReplaceTheShippedList() throws IOException {
		GovsiteSynonymFilterFactory factory = new GovsiteSynonymFilterFactory(settings(List.of("网站,门户"), true));
		assertTrue(filtered(factory, "网站").contains("门户"));
		assertFalse(filtered(factory, "社保").contains("社会"));
		GovsiteSynonymFilterFactory shipped = new GovsiteSynonymFilterFactory(settings(List.of(), true));
		assertTrue(filtered(shipped, "公积金").containsAll(List.of("住房", "公积金")));
		assertEquals(org.elasticsearch.plugin.analysis.AnalysisMode.SEARCH_TIME, shipped.getAnalysisMode());
	}

	@Test
	void contractionRewritesToTheFirstTerm() throws IOException {
		GovsiteSynonymFilterFactory factory = new GovsiteSynonymFilterFactory(settings(List.of("社保,社会保险"), false));
		List<String> tokens = filtered(factory, "社会保险");
		assertFalse(tokens.contains("保险"), () -> "tokens: " + tokens);
	}

	@Test
	void badRuleNamesTheProblem() {
		IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
				() -> new GovsiteSynonymFilterFactory(settings(List.of("社保 => "), true)));
		assertTrue(ex.getMessage().contains("synonym"), ex::getMessage);
	}

	// --- helpers

	private static void add(IndexWriter writer, String id, String body) throws IOException {
		Document doc = new Document();
		doc.add(new StringField("id", id, Field.Store.YES));
		doc.add(new TextField("body", body, Field.Store.NO));
		writer.addDocument(doc);
	}

	private List<String> search(String text) throws IOException {
		Query query = new QueryBuilder(new GovsiteChineseSearchAnalyzer()).createBooleanQuery("body", text,
				BooleanClause.Occur.MUST);
		return ids(query);
	}

	private List<String> ids(Query query) throws IOException {
		if (query == null) {
			return List.of();
		}
		IndexSearcher searcher = new IndexSearcher(this.reader);
		List<String> ids = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get("id"));
		}
		return ids;
	}

	private static SynonymSettings settings(List<String> rules, boolean expand) {
		return new SynonymSettings() {
			@Override
			public List<String> synonyms() {
				return rules;
			}

			@Override
			public boolean expand() {
				return expand;
			}
		};
	}

	private static List<String> filtered(GovsiteSynonymFilterFactory factory, String text) throws IOException {
		Tokenizer tokenizer = new GovsiteSmartcnTokenizerFactory().create();
		tokenizer.setReader(new StringReader(text));
		return drain(factory.create(new GovsiteNormalizeFilterFactory().create(tokenizer)));
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		try (analyzer) {
			return drain(analyzer.tokenStream("body", text));
		}
	}

	private static List<String> drain(TokenStream stream) throws IOException {
		Set<String> tokens = new LinkedHashSet<>();
		try (stream) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return new ArrayList<>(tokens);
	}

}
