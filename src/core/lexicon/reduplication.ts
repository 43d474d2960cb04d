/**
 * Chinese reduplication: doubled spans that are grammar, not OCR stutters. The
 * `repeated-phrase` detector never deletes a doubling these functions call legitimate.
 *
 * AA (看看, 天天) and AABB (高高兴兴) forms never double a span of two or more characters, so
 * they need no list; ABAB forms do (研究研究, 雪白雪白, 一步一步), and so do a few chants and
 * set phrases said twice (加油加油, 对不起对不起). Units are strings of Han characters.
 */

/**
 * Two-character words that are doubled as ABAB in ordinary writing: action verbs ("try a little":
 * 研究研究, 商量商量), state adjectives (雪白雪白, 通红通红), chants and interjections (加油加油,
 * 欢迎欢迎) and onomatopoeia (哗啦哗啦).
 */
const ABAB_WORDS: ReadonlySet<string> = new Set(
  (
    '研究 讨论 学习 商量 考虑 休息 活动 锻炼 打扫 收拾 整理 准备 检查 了解 介绍 交流 比较 ' +
    '思考 总结 体会 体验 尝试 练习 复习 预习 调查 分析 参观 观察 放松 轻松 热闹 高兴 快活 ' +
    '暖和 凉快 舒服 清醒 明白 打听 琢磨 合计 掂量 溜达 比划 比画 梳理 反省 反思 沟通 协调 ' +
    '表扬 鼓励 安慰 帮助 关心 照顾 教育 提醒 宣传 联系 打扮 修理 清理 清洗 享受 感受 体谅 ' +
    '理解 认识 熟悉 适应 开导 指点 指导 点拨 解释 议论 评价 评论 批评 夸奖 称赞 慰问 ' +
    '看望 拜访 走访 问候 请教 切磋 磨炼 磨练 历练 操练 训练 见识 开心 乐和 乐呵 活络 活跃 ' +
    '振作 动弹 敲打 拍打 按摩 拾掇 归置 鼓捣 摆弄 折腾 表示 表现 讲解 ' +
    '盘算 打算 估计 估量 计算 核对 核实 对比 对照 挑选 调整 调理 调节 ' +
    '清点 盘点 布置 安排 操心 ' +
    '关照 照应 招呼 应付 应酬 款待 招待 表演 品尝 品味 回味 回忆 回顾 欣赏 ' +
    '雪白 通红 冰凉 笔直 漆黑 碧绿 金黄 火红 蔚蓝 滚烫 冰冷 喷香 瓦蓝 墨黑 粉红 煞白 雪亮 ' +
    '锃亮 透亮 崭新 精光 溜圆 滚圆 稀烂 粉碎 笔挺 飞快 湛蓝 乌黑 血红 蜡黄 焦黄 嫩绿 翠绿 ' +
    '加油 欢迎 再见 你好 快点 慢点 恭喜 辛苦 拜托 谢谢 救命 小心 当心 注意 别动 住手 站住 ' +
    '同志 朋友 宝贝 老师 妈妈 爸爸 好的 是的 对的 行的 可以 不行 不要 不是 没有 不用 不敢 不好 不对 没事 别急 别怕 慢走 走好 ' +
    '哗啦 扑通 叮当 滴答 咕噜 呼啦 轰隆 咔嚓 噼啪 叮咚 嘀嗒 丁当 乒乓 叽喳 咕咚 呼哧 吭哧 ' +
    '扑棱 扑腾 嘎吱 咯吱 嘀咕 嘟囔 咿呀 哎哟 哎呀 嘿哟 嗨哟 哼唷 吱呀 咣当 哐当 叮铃 丁零 喵呜 汪汪'
  ).split(' '),
);

/** Three-character set phrases said twice in speech (对不起对不起, 为什么为什么). */
const DOUBLED_PHRASES: ReadonlySet<string> = new Set(
  '对不起 没关系 为什么 怎么办 不客气 了不起 不得了 太好了 好极了 快一点 慢一点 一二一'.split(' '),
);

/** Numerals that open "一步一步", "一个一个", "两次两次" repetitions. */
const NUMERALS = '一二三四五六七八九十两几每半';
/** Measure words after such a numeral (个, 步, 次…). */
const MEASURE_WORDS =
  '个步次遍天年月日点回趟下片张条件只位名层项批轮代口声句场排行段节份家户棵根块本双对颗粒滴阵股把首篇套群秒分寸尺米斤环村组科门栋座所间';
/** Second characters of quantity words doubled for "great amounts of" (大把大把, 成片成片). */
const QUANTITY_HEADS = MEASURE_WORDS + '群堆捆串箱袋筐盆碗把片批块口排';
/**
 * Adverbs, pronouns and degree words repeated for emphasis in speech and features (非常非常,
 * 真的真的, 什么什么, 如何如何): the writer's, not the scanner's.
 */
const EMPHATIC: ReadonlySet<string> = new Set(
  (
    '非常 特别 十分 真的 确实 实在 很多 好多 许多 多少 什么 怎么 如何 怎样 这样 那样 一直 永远 ' +
    '慢慢 渐渐 很久 很少 不停 不断 反复 一再 再三 太多 太少 越来 一点 有点 好像 仿佛 似乎 ' +
    '某某 等等 一样 一般 常常 往往 重复 再次 每天 每年'
  ).split(' '),
);

/** Degree adverbs that open a short phrase said twice for emphasis (很纯很纯, 太好太好). */
const DEGREE = '很最太超好真挺蛮';

/** Particles that end two-character chants said twice (好了好了, 走吧走吧) and V着V着 (说着说着). */
const PARTICLES = '了吧啊呀呢啦嘛哦喽着哟哇呐';
/** Modal particles that end three-character exclamations said twice (快走吧快走吧). */
const MODAL_PARTICLES = '吧啊呀呢啦嘛哦喽哟哇呐';
/** Characters of sound words (哈, 嘿, 咚…): doubled sounds are writing, not stutters. */
const ONOMATOPOEIA = '哈嘿嗨呵嘻咚嘀嗒哗啦噼啪咔嚓呼轰隆叮当咕噜嘟呜哇咿喔哦嗯啊哎哟唉嘎吱咯哼嗡嘘';

/**
 * Why a doubled unit may be grammar rather than an OCR stutter, or `undefined` when nothing
 * speaks for it. `unit` is the repeated span (two characters or more).
 */
export function reduplicationReason(unit: string): string | undefined {
  if (ABAB_WORDS.has(unit) || DOUBLED_PHRASES.has(unit)) return 'known reduplication';
  if (hasAdjacentPair(unit) && (unit.length <= 3 || isAabb(unit))) {
    return 'contains a reduplicated character'; // 浓浓的浓浓的, 高高兴兴高高兴兴
  }
  const last = unit[unit.length - 1];
  // 一步一步, 一户一户, 一个环节一个环节, 一上午一上午: one by one.
  if (
    unit[0] === '一' ||
    (unit.length === 2 && NUMERALS.includes(unit[0]) && MEASURE_WORDS.includes(last))
  ) {
    return 'numeral and measure word';
  }
  if (unit.length === 2 && '大成整'.includes(unit[0]) && QUANTITY_HEADS.includes(last)) {
    return 'quantity word'; // 大把大把, 成片成片, 大批大批
  }
  if (EMPHATIC.has(unit) || (unit.length <= 3 && DEGREE.includes(unit[0]))) {
    return 'emphatic repetition'; // 非常非常, 很纯很纯, 最好最好
  }
  if (unit.length === 2) {
    if (PARTICLES.includes(last)) return 'ends with a particle';
  }
  if (unit.length === 3) {
    if (MODAL_PARTICLES.includes(last)) return 'ends with a particle';
    // V不V (好不好), V一V (看一看), ABA (越来越): the unit is a reduplication itself.
    if (unit[0] === unit[2]) return 'reduplicated frame';
  }
  if ([...unit].every((ch) => ONOMATOPOEIA.includes(ch))) return 'sound word';
  return undefined;
}

function hasAdjacentPair(unit: string): boolean {
  for (let i = 1; i < unit.length; i++) if (unit[i] === unit[i - 1]) return true;
  return false;
}

/** AABB (高高兴兴): a four-character reduplication of a two-character word. */
function isAabb(unit: string): boolean {
  return unit.length === 4 && unit[0] === unit[1] && unit[2] === unit[3];
}
