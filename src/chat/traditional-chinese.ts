/**
 * Traditional Chinese read as Simplified, character for character, so the
 * lexicon's Chinese phrases (written in Simplified) also match suppliers in
 * Hong Kong and Taiwan: 帳戶 → 账户, 請改匯到 → 请改汇到. Only the
 * characters of payment and contact talk are listed: the common ones whose two
 * forms differ. Japanese keeps many of the same characters (個人口座, 電話),
 * so text with kana is left as it is.
 */
const TRADITIONAL =
  '帳賬戶凍結匯請們號轉銀財務負責貨訂單個對買賣發給錢證寶幣聯繫係換變時間應該這還沒' +
  '會開關閉員經讓說話電郵碼點擊連鏈網頁據額減優價漲幫門後盡儘現實際審計費區廠運輸從' +
  '過為來與國業東臺灣陸縣於舊簽約條寫傳圖檔載裝樣產質檢驗報準備險騙詐遠離權監辦處統' +
  '總專屬項線維護鎖絡餘馬趕緊機數搶購庫僅稅錯誤無廢棄歷確認簡體華龍鳳興廣協貿稱讀節' +
  '紀歡謝親愛嗎麼兒裡裏邊頭種雙兩嚴隻張筆記錄標創訊語視頻聽見覺題問順帶擔當斷續屆異' +
  '態狀況層剛壓臨擇選鈔綁託劃撥滙銷繳貸儲鑑盜竊詳細參註冊動隨夠綠黃藍紅貼遞擋攔罰違' +
  '規陣陳鄭劉楊趙吳孫別將遲達暫';
const SIMPLIFIED =
  '账账户冻结汇请们号转银财务负责货订单个对买卖发给钱证宝币联系系换变时间应该这还没' +
  '会开关闭员经让说话电邮码点击连链网页据额减优价涨帮门后尽尽现实际审计费区厂运输从' +
  '过为来与国业东台湾陆县于旧签约条写传图档载装样产质检验报准备险骗诈远离权监办处统' +
  '总专属项线维护锁络余马赶紧机数抢购库仅税错误无废弃历确认简体华龙凤兴广协贸称读节' +
  '纪欢谢亲爱吗么儿里里边头种双两严只张笔记录标创讯语视频听见觉题问顺带担当断续届异' +
  '态状况层刚压临择选钞绑托划拨汇销缴贷储鉴盗窃详细参注册动随够绿黄蓝红贴递挡拦罚违' +
  '规阵陈郑刘杨赵吴孙别将迟达暂';

const SIMPLIFIED_OF = new Map(Array.from(TRADITIONAL, (char, index) => [char, SIMPLIFIED[index]!]));
const ANY_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`, 'g');
const HAS_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`);
const KANA = /[\u3040-\u30ff]/;

/** `text` with the listed Traditional characters in Simplified; the same length, so positions still match. */
export function simplifiedChinese(text: string): string {
  if (!HAS_TRADITIONAL.test(text) || KANA.test(text)) return text;
  return text.replace(ANY_TRADITIONAL, (char) => SIMPLIFIED_OF.get(char) ?? char);
}
