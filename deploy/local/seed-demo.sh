#!/usr/bin/env bash
# Seeds the demo platform through the gateway, as the data center and editors would:
# a city portal, two department sites, a column or two each, a few published articles.
# Idempotent: if the city portal exists, the demo is already there.
set -euo pipefail

GATEWAY="http://127.0.0.1:${GOVSITE_GATEWAY_PORT:-18080}"
KEYCLOAK="http://127.0.0.1:${GOVSITE_KEYCLOAK_PORT:-18180}"
BASE_DOMAIN="${GOVSITE_BASE_DOMAIN:-govsite.localhost}"

if ! command -v jq >/dev/null 2>&1; then
  echo "seed: installing jq" >&2
  apt-get install -y -qq jq >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
fi

token=$(curl -sf "$KEYCLOAK/realms/govsite/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=govsite-tests -d username=operator -d 'password=Govsite@2026' | jq -r .access_token)

# call METHOD PATH [JSON] [extra curl args...]: prints the body; fails loudly on an error status.
call() {
  local method=$1 path=$2 body=${3:-} out status
  shift 3 || shift $#
  out=$(mktemp)
  status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$GATEWAY$path" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@" ${body:+--data-binary "$body"})
  if [ "${status:0:1}" != 2 ]; then
    echo "seed: $method $path answered $status: $(cat "$out")" >&2
    rm -f "$out"
    return 1
  fi
  cat "$out"
  rm -f "$out"
}

if [ "$(curl -s -o /dev/null -w '%{http_code}' "$GATEWAY/api/tenant/public/sites/www")" = 200 ]; then
  echo "seed: demo data already present"
  exit 0
fi

site() { # code name kind 网站标识码 [parent] — online at once, so with its identifier
  local json
  json=$(jq -nc --arg c "$1" --arg n "$2" --arg k "$3" --arg i "$4" --arg p "${5:-}" \
    '{code:$c,name:$n,kind:$k,siteIdentifier:$i,autoApprove:true} + (if $p == "" then {} else {parentCode:$p} end)')
  call POST /api/tenant/sites "$json" >/dev/null
  echo "seed: site $1 ($2)"
}

column() { # site name → id; 直接发布, so the seed's drafts are published without review
  call POST /api/content/columns "$(jq -nc --arg n "$2" '{name:$n,method:"DIRECT_PUBLISH"}')" -H "X-Govsite-Site: $1" | jq -r .id
}

article() { # site column title body → publishes it
  local id
  id=$(call POST /api/content/articles "$(jq -nc --argjson c "$2" --arg t "$3" --arg b "$4" '{columnId:$c,title:$t,body:$b}')" \
    -H "X-Govsite-Site: $1" | jq -r .id)
  call POST "/api/content/articles/$id/publish" '{}' -H "X-Govsite-Site: $1" >/dev/null
  echo "seed:   published 《$3》 on $1"
}

site www "示范市人民政府" CITY_PORTAL 6199000001
site jyj "示范市教育局" DEPARTMENT 6199000002 www
site wsj "示范市卫生健康委员会" DEPARTMENT 6199000003 www

news=$(column www "政务要闻")
notices=$(column www "通知公告")
article www "$news" "市政府常务会议部署冬季安全生产工作" "2026年11月18日，市政府召开第42次常务会议，研究部署冬季安全生产和森林防火工作。

会议要求，各区县、各部门要压紧压实安全生产责任，深入开展隐患排查整治，确保全市安全形势持续稳定。"
article www "$notices" "关于2027年元旦放假安排的通知" "各区县人民政府，市政府各部门、各直属机构：

根据国务院办公厅通知精神，现将2027年元旦放假安排通知如下：2027年1月1日放假，共1天。节假日期间，各单位要妥善安排值班和安全保卫等工作。"

jnews=$(column jyj "工作动态")
article jyj "$jnews" "全市中小学课后服务实现全覆盖" "2026年11月20日，示范市教育局召开会议，部署义务教育阶段课后服务工作。

目前全市中小学课后服务实现全覆盖，惠及学生十二万人，课后服务满意度达百分之九十六。"
article jyj "$jnews" "示范市新建改扩建幼儿园二十所" "2026年，示范市新建、改扩建公办幼儿园二十所，新增学位六千个，普惠性幼儿园覆盖率达到百分之九十二。"

wnotices=$(column wsj "通知公告")
article wsj "$wnotices" "关于开展冬季流感疫苗接种工作的通知" "各区卫生健康局：为做好冬季流感防控工作，现就疫苗接种工作通知如下。

接种点设在各社区卫生服务中心，60岁以上老年人免费接种，请携带身份证件前往。"

echo "seed: done — try http://jyj.$BASE_DOMAIN:${GOVSITE_GATEWAY_PORT:-18080}/"
