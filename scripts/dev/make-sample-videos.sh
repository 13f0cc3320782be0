#!/usr/bin/env bash
# Regenerates the sample lesson videos, posters, captions and chapters in
# content/media/lessons/ (all generated here: title card, chapter titles,
# a moving highlight, a progress bar and a quiet tone; no recorded speech).
#
#   bash scripts/dev/make-sample-videos.sh            # all lessons
#   bash scripts/dev/make-sample-videos.sh law-01-labour-contract ...
#
# Needs ffmpeg with libx264, libvpx-vp9, libopus, drawtext and fontconfig,
# and the "Noto Sans CJK SC" font (Debian: fonts-noto-cjk). Per lesson it
# writes <id>.mp4 (H.264 Main + AAC, faststart), <id>.webm (VP9 + Opus),
# <id>.jpg (poster), <id>.zh-CN.vtt (captions) and <id>.chapters.vtt; for
# union-01-direct-election also an HLS copy in <id>/index.m3u8 + 5 s segments.
# Keyframes are forced every 5 s so the HLS segments can be cut without
# re-encoding. The caption text is the lesson's narration script: keep it in
# step with content/courses/*/<lesson>.md when either changes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/content/media/lessons"
FONT="Noto Sans CJK SC"
FPS=24
W=640
H=360
HLS_LESSON=union-01-direct-election

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

fc-list ":family=$FONT" | grep -q . || { echo "font '$FONT' not found (apt-get install fonts-noto-cjk)" >&2; exit 1; }

# Seconds (e.g. 12.5) -> WebVTT timestamp 00:00:12.500.
ts() { awk -v s="$1" 'BEGIN { ms = int(s * 1000 + 0.5); printf "%02d:%02d:%02d.%03d", ms / 3600000, (ms / 60000) % 60, (ms / 1000) % 60, ms % 1000 }'; }

# Minutes:seconds for the title card.
mmss() { awk -v s="$1" 'BEGIN { printf "%d:%02d", int(s / 60), int(s) % 60 }'; }

# Writes $2 to a text file for drawtext's textfile= (avoids escaping the Chinese
# quotes and punctuation in the filter graph) and prints its path.
txt() { printf '%s' "$2" >"$TMP/$1.txt"; printf '%s' "$TMP/$1.txt"; }

# drawtext with the CJK font; $1 = text file, $2 = size, $3 = bold|regular, rest = extra options.
dt() {
  local file="$1" size="$2" style="$3"
  shift 3
  # drawtext's font= takes a family name only; a fontconfig pattern with a
  # style goes in fontfile= (escaped for both filter-graph levels).
  local face="font=$FONT"
  [[ $style == bold ]] && face="fontfile=$FONT"'\\\:style=Bold'
  local opts="drawtext=$face:textfile=$file:expansion=none:fontsize=$size"
  local o
  for o in "$@"; do opts+=":$o"; done
  printf '%s' "$opts"
}

# Lesson data (set before calling make_lesson):
#   ID DUR NUM COURSE TITLE BG ACCENT  - id, length in s, lesson number, course and lesson title, colours
#   KW=(...)       keywords shown in a row; a highlight steps through them
#   SWEEP="a b"    time window (s) over which the highlight moves from the first to the last keyword
#   CHAPTERS=("start|title" ...)      chapter starts in s; each runs to the next one / the end
#   CUES=("start|end|text" ...)       captions (the narration script)
make_lesson() {
  local only=("${SELECTED[@]}")
  if ((${#only[@]})) && [[ ! " ${only[*]} " == *" $ID "* ]]; then return; fi
  echo "== $ID (${DUR}s)"

  local n=${#KW[@]} slot x0 a b step
  slot=$(((W - 80) / n))
  x0=$(((W - slot * n) / 2))
  read -r a b <<<"$SWEEP"
  step=$(awk -v a="$a" -v b="$b" -v n="$n" 'BEGIN { printf "%.4f", (b - a) / n }')

  # ---- captions and chapters
  {
    echo "WEBVTT"
    echo
    echo "NOTE 示例字幕：${TITLE}（${COURSE}第${NUM}课）。由 scripts/dev/make-sample-videos.sh 生成。"
    local i=0 c s e t
    for c in "${CUES[@]}"; do
      IFS='|' read -r s e t <<<"$c"
      i=$((i + 1))
      echo
      echo "$i"
      echo "$(ts "$s") --> $(ts "$e")"
      echo "$t"
    done
  } >"$OUT/$ID.zh-CN.vtt"

  local starts=() titles=() k
  for c in "${CHAPTERS[@]}"; do
    IFS='|' read -r s t <<<"$c"
    starts+=("$s")
    titles+=("$t")
  done
  starts+=("$DUR")
  {
    echo "WEBVTT"
    echo
    echo "NOTE 章节：${TITLE}"
    for ((k = 0; k < ${#titles[@]}; k++)); do
      echo
      echo "chapter-$((k + 1))"
      echo "$(ts "${starts[k]}") --> $(ts "${starts[k + 1]}")"
      echo "${titles[k]}"
    done
  } >"$OUT/$ID.chapters.vtt"

  # ---- picture
  local f="$TMP/$ID.filter"
  {
    printf 'color=c=%s:s=%dx%d:r=%d:d=%s[bg];\n' "$BG" "$W" "$H" "$FPS" "$DUR"
    printf 'color=c=white@0.22:s=%dx40:r=%d:d=%s,format=yuva420p[hl];\n' "$((slot - 8))" "$FPS" "$DUR"
    printf 'color=c=%s:s=%dx4:r=%d:d=%s[ul];\n' "$ACCENT" "$((slot - 8))" "$FPS" "$DUR"
    printf 'color=c=%s:s=12x12:r=%d:d=%s[dot];\n' "$ACCENT" "$FPS" "$DUR"
    printf 'color=c=%s:s=%dx6:r=%d:d=%s[bar];\n' "$ACCENT" "$W" "$FPS" "$DUR"
    # Static layout: top band, chapter card, progress track.
    printf '[bg]drawbox=x=0:y=0:w=%d:h=56:color=black@0.25:t=fill,' "$W"
    printf 'drawbox=x=40:y=76:w=%d:h=140:color=white@0.10:t=fill,' "$((W - 80))"
    printf 'drawbox=x=0:y=%d:w=%d:h=6:color=white@0.25:t=fill[s0];\n' "$((H - 18))" "$W"
    # Moving parts: keyword highlight (steps), a sliding dot, the progress bar.
    local hx="$x0+4+$slot*clip(floor((t-$a)/$step)\\,0\\,$((n - 1)))"
    printf "[s0][hl]overlay=x='%s':y=232:eval=frame[s1];\n" "$hx"
    printf "[s1][ul]overlay=x='%s':y=272:eval=frame[s2];\n" "$hx"
    printf "[s2][dot]overlay=x='60+%d*(0.5-0.5*cos(2*PI*t/8))':y=198:eval=frame[s3];\n" "$((W - 132))"
    printf "[s3][bar]overlay=x='-w+w*t/%s':y=%d:eval=frame[s4];\n" "$DUR" "$((H - 18))"
    printf '[s4]'
    # Top band: course and lesson title.
    printf '%s,' "$(dt "$(txt "$ID-top" "$TITLE")" 22 bold x=24 y=14 fontcolor=white)"
    printf '%s,' "$(dt "$(txt "$ID-course" "$COURSE · 第${NUM}课")" 14 regular "x=w-tw-24" y=21 fontcolor=white@0.75)"
    # Chapter label and title, one at a time.
    for ((k = 0; k < ${#titles[@]}; k++)); do
      local en="enable='between(t\\,${starts[k]}\\,${starts[k + 1]})'"
      printf '%s,' "$(dt "$(txt "$ID-chl$k" "第 $((k + 1)) 节 / 共 ${#titles[@]} 节")" 15 regular "x=(w-tw)/2" y=96 "fontcolor=$ACCENT" "$en")"
      printf '%s,' "$(dt "$(txt "$ID-ch$k" "${titles[k]}")" 28 bold "x=(w-tw)/2" y=134 fontcolor=white "$en")"
    done
    # Keyword row.
    for ((k = 0; k < n; k++)); do
      printf '%s,' "$(dt "$(txt "$ID-kw$k" "${KW[k]}")" 16 regular "x=$((x0 + slot * k))+($slot-tw)/2" y=242 fontcolor=white)"
    done
    printf '%s,' "$(dt "$(txt "$ID-note" "示例视频 · 字幕可在播放器中开关")" 13 regular "x=(w-tw)/2" y=$((H - 46)) fontcolor=white@0.6)"
    # Title card for the first 3 s (also the poster frame).
    local tc="enable='lt(t\\,3)'"
    printf 'drawbox=x=0:y=0:w=%d:h=%d:color=%s:t=fill:%s,' "$W" "$H" "$BG" "$tc"
    printf 'drawbox=x=%d:y=216:w=100:h=4:color=%s:t=fill:%s,' "$(((W - 100) / 2))" "$ACCENT" "$tc"
    printf '%s,' "$(dt "$(txt "$ID-t1" "山东职工之家 · 网上培训")" 16 regular "x=(w-tw)/2" y=64 fontcolor=white@0.8 "$tc")"
    printf '%s,' "$(dt "$(txt "$ID-t2" "$COURSE · 第${NUM}课")" 20 regular "x=(w-tw)/2" y=112 "fontcolor=$ACCENT" "$tc")"
    printf '%s,' "$(dt "$(txt "$ID-t3" "$TITLE")" 34 bold "x=(w-tw)/2" y=152 fontcolor=white "$tc")"
    printf '%s,' "$(dt "$(txt "$ID-t4" "示例视频 · 时长 $(mmss "$DUR")")" 16 regular "x=(w-tw)/2" y=244 fontcolor=white@0.75 "$tc")"
    printf '%s,' "$(dt "$(txt "$ID-t5" "本视频由脚本生成，仅作网站功能演示")" 13 regular "x=(w-tw)/2" y=300 fontcolor=white@0.55 "$tc")"
    printf 'format=yuv420p[v];\n'
    # Sound: a quiet two-note tone with slow tremolo, faded in and out.
    printf 'sine=f=262:r=48000:d=%s[a1];sine=f=392:r=48000:d=%s[a2];\n' "$DUR" "$DUR"
    printf '[a1][a2]amix=inputs=2,volume=0.3,tremolo=f=0.5:d=0.5,afade=t=in:d=1.5,afade=t=out:st=%s:d=2,aformat=channel_layouts=mono[a]\n' \
      "$(awk -v d="$DUR" 'BEGIN { print d - 2 }')"
  } >"$f"

  local master="$TMP/$ID.mkv"
  ffmpeg -nostdin -hide_banner -loglevel error -y -filter_complex_script "$f" -map '[v]' -map '[a]' -t "$DUR" \
    -c:v libx264 -preset veryfast -crf 8 -c:a pcm_s16le "$master"

  local keys="expr:gte(t,n_forced*5)"
  ffmpeg -nostdin -hide_banner -loglevel error -y -i "$master" -map_metadata -1 \
    -c:v libx264 -profile:v main -level 3.0 -pix_fmt yuv420p -preset slow -crf 30 -maxrate 120k -bufsize 240k \
    -g $((FPS * 5)) -keyint_min $((FPS * 5)) -sc_threshold 0 -force_key_frames "$keys" \
    -c:a aac -b:a 24k -ac 1 -ar 24000 -movflags +faststart "$OUT/$ID.mp4"

  ffmpeg -nostdin -hide_banner -loglevel error -y -i "$master" -map_metadata -1 \
    -c:v libvpx-vp9 -b:v 80k -crf 40 -deadline good -cpu-used 2 -row-mt 1 -g $((FPS * 5)) \
    -c:a libopus -b:a 20k -ac 1 "$OUT/$ID.webm"

  ffmpeg -nostdin -hide_banner -loglevel error -y -ss 1.5 -i "$master" -frames:v 1 -q:v 5 "$OUT/$ID.jpg"

  if [[ $ID == "$HLS_LESSON" ]]; then
    local dir="$OUT/$ID"
    rm -rf "$dir"
    mkdir -p "$dir"
    ffmpeg -nostdin -hide_banner -loglevel error -y -i "$OUT/$ID.mp4" -c copy -f hls -hls_time 5 \
      -hls_playlist_type vod -hls_segment_filename "$dir/seg-%02d.ts" "$dir/index.m3u8"
  fi
}

SELECTED=("$@")

# ---------------------------------------------------------------- 劳动法律基础
BG=0x1f3f6e ACCENT=0xffc857 COURSE=劳动法律基础

ID=law-01-labour-contract DUR=32 NUM=1 TITLE=劳动合同的订立与试用期
KW=(书面合同 一个月内 二倍工资 试用期 百分之八十)
SWEEP="3 32"
CHAPTERS=("0|为什么要签书面劳动合同" "8|一个月内签订与双倍工资" "16|试用期的长短" "24|试用期工资的底线")
CUES=(
  "0.5|4|欢迎学习本课：劳动合同的订立与试用期。"
  "4|8|建立劳动关系，应当订立书面劳动合同，这是保护职工权益的底线。"
  "8|12|已经用工但没有同时订立的，应当自用工之日起一个月内订立。"
  "12|16|超过一个月不满一年仍未订立的，单位应当每月支付二倍工资。"
  "16|20|劳动合同期限三年以上或者无固定期限的，试用期最长不超过六个月。"
  "20|24|同一用人单位与同一劳动者，只能约定一次试用期。"
  "24|28|试用期工资不得低于相同岗位最低档工资或者约定工资的百分之八十，"
  "28|31.5|并且不得低于当地的最低工资标准。"
)
make_lesson

ID=law-02-legal-aid DUR=28 NUM=2 TITLE=工会法律援助与劳动争议处理
KW=(协商 调解 仲裁 诉讼 法律援助)
SWEEP="3 28"
CHAPTERS=("0|劳动争议的四条路" "10|申请仲裁要注意时效" "19|工会法律援助怎么申请")
CUES=(
  "0.5|3.5|本课介绍劳动争议的处理和工会法律援助。"
  "3.5|7|发生劳动争议，可以协商、调解、仲裁，对裁决不服的还可以起诉。"
  "7|10|协商时，职工可以请工会或者第三方共同与单位协商。"
  "10|14.5|申请仲裁的时效期间为一年，从知道或者应当知道权利被侵害之日起计算。"
  "14.5|19|劳动争议仲裁不收费。请保存好劳动合同、工资条和考勤记录。"
  "19|23.5|工会法律援助提供法律咨询、代写文书，符合条件的还可以指派律师代理。"
  "23.5|27.5|需要帮助，可以拨打12351职工服务热线咨询。"
)
make_lesson

ID=law-03-collective-contract DUR=36 NUM=3 TITLE=集体合同与工资集体协商
KW=(平等协商 职代会通过 报送审查 专项合同 效力)
SWEEP="3 36"
CHAPTERS=("0|什么是集体合同" "9|订立的程序" "19|专项集体合同" "27|集体合同的效力")
CUES=(
  "0.5|4.5|本课讲解集体合同与工资集体协商。"
  "4.5|9|职工一方与用人单位平等协商，就劳动报酬、工作时间等事项订立集体合同。"
  "9|14|集体合同草案应当提交职工代表大会或者全体职工讨论通过。"
  "14|19|订立后报送劳动行政部门，十五日内未提出异议的，集体合同即行生效。"
  "19|23|还可以就劳动安全卫生、女职工权益保护等事项订立专项集体合同。"
  "23|27|通过工资集体协商，可以订立工资调整机制专项集体合同。"
  "27|31.5|集体合同中劳动报酬和劳动条件的标准，不得低于当地人民政府规定的最低标准。"
  "31.5|35.5|劳动合同中的标准，也不得低于集体合同规定的标准。"
)
make_lesson

# ---------------------------------------------------------------- 职业安全与卫生
BG=0x8a3b12 ACCENT=0xffd166 COURSE=职业安全与卫生

ID=safety-01-hazard-id DUR=22 NUM=1 TITLE=岗位危险源辨识与隐患排查
KW=(人 机 环 管 闭环整改)
SWEEP="3 22"
CHAPTERS=("0|危险源和事故隐患" "7|四个方面找危险" "15|排查整改的闭环")
CUES=(
  "0.5|3.5|本课学习岗位危险源辨识与隐患排查。"
  "3.5|7|危险源是可能导致伤害或疾病的根源，比如高处、带电设备和有毒物质。"
  "7|11|排查时从人、机、环、管四个方面逐项查找。"
  "11|15|看操作是否违章，设备防护是否完好，环境和制度是否到位。"
  "15|18.5|发现隐患要登记，明确责任人、措施和期限，整改后复查销号。"
  "18.5|21.5|职工有权拒绝违章指挥和强令冒险作业。"
)
make_lesson

ID=safety-02-heat-stress DUR=26 NUM=2 TITLE=高温天气作业与防暑降温
KW=(作业时间 高温津贴 阴凉通风 拨打120)
SWEEP="3 26"
CHAPTERS=("0|高温天气的作业时间" "9|高温津贴" "17|中暑的识别与急救")
CUES=(
  "0.5|4.5|日最高气温达到四十摄氏度以上，应当停止当日室外露天作业。"
  "4.5|9|三十七到四十摄氏度之间，全天室外露天作业累计不得超过六小时。"
  "9|13|安排劳动者在三十五摄氏度以上高温天气从事室外露天作业的，"
  "13|17|用人单位应当发放高温津贴，并纳入工资总额。"
  "17|21.5|出现头晕、大量出汗、恶心等先兆，立即转移到阴凉通风处，补充含盐的清凉饮料。"
  "21.5|25.5|出现高热、意识不清等重症表现，立即拨打120急救电话。"
)
make_lesson

# ---------------------------------------------------------------- 基层工会业务
BG=0x9b1c1c ACCENT=0xffd166 COURSE=基层工会业务

ID=union-01-direct-election DUR=40 NUM=1 TITLE=基层工会主席直选“八步走”
KW=(申请 筹备 动员 推荐 协商 公示 选举 报批)
SWEEP="9 27"
CHAPTERS=("0|哪些单位适合直选" "9|八个步骤逐一看" "27|选举现场的要点" "35|报批与公示之后")
CUES=(
  "0.5|4.5|经营管理正常、劳动关系和谐、职工队伍稳定的中小企事业单位，适合开展直选。"
  "4.5|9|在新建会或者工会换届时，由会员直接投票选举产生工会主席。"
  "9|13.5|直选分八个步骤：申请、筹备、动员、推荐，"
  "13.5|18|然后是协商、公示、选举、报批。"
  "18|22.5|推荐阶段由会员民主推荐，协商阶段与党组织、上级工会协商确定候选人。"
  "22.5|27|候选人名单公示无异议后，才能进入选举。"
  "27|31|选举现场，候选人作竞职演说、回答会员提问，实行无记名投票。"
  "31|35|参加选举的人数达到应到会有选举权人数的三分之二以上，方可进行选举。"
  "35|39.5|选举结果报上一级工会批准，之后及时公开新任主席的联系方式。"
)
make_lesson

ID=union-02-eight-haves DUR=34 NUM=2 TITLE=职工之家“八有”标准解读
KW=(活动场所 统一标识 文体设施 职工书屋 管理制度 活动计划 经费保障 人员管理)
SWEEP="4 12"
CHAPTERS=("0|“八有”是哪八有" "12|会站家一体化" "23|菜单式服务")
CUES=(
  "0.5|4|本课解读职工之家阵地建设的“八有”标准。"
  "4|8|有活动场所、有统一标识、有文体设施、有职工书屋，"
  "8|12|有管理制度、有活动计划、有经费保障、有人员管理。"
  "12|17|“会、站、家”一体化，就是把工会组织、职工服务站和职工之家统筹建设。"
  "17|23|园区、楼宇、市场可以建区域性阵地，让小微企业的职工也能就近使用。"
  "23|28|菜单式服务，就是列出服务菜单，让职工按需“点单”。"
  "28|33.5|法律援助、心理咨询、技能培训、爱心托管，都可以放进菜单。"
)
make_lesson

ID=union-03-pledges DUR=30 NUM=3 TITLE=办实事公开承诺与会员评家
KW=(项目清单 公开承诺 代表评议 满意度 考核复核)
SWEEP="3 30"
CHAPTERS=("0|办实事项目清单" "8|职工代表评议" "15|满意度与整顿" "23|一年一考核、三年一复核")
CUES=(
  "0.5|4|基层工会每年制定为职工办实事项目清单，并向职工公开承诺。"
  "4|8|每一项都要写清楚做什么、做到什么程度、什么时候完成。"
  "8|11.5|定期组织职工代表，对承诺事项的兑现情况进行评议。"
  "11.5|15|评议结果要公开，没有做到的要说明原因。"
  "15|19|会员评家满意度达不到百分之七十的，要及时整顿。"
  "19|23|整顿不是补材料，而是回到职工中间找原因、改服务。"
  "23|26.5|对建家情况一年一考核、三年一复核。"
  "26.5|29.5|复核不合格的限期整改，整改期限一般不超过半年。"
)
make_lesson

echo "done: $OUT"
