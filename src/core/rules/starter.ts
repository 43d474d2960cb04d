/**
 * The starter list of standard formulations (规范提法) Galley ships: active in a new workspace
 * and in `galley check` without `--rules`, extended by each editor's own list.
 *
 * Every phrase is the exact official wording. Legitimate variants that differ by one character
 * (an older formulation such as 全面建设小康社会, a related one such as 社会主义核心价值体系)
 * are listed too, so that each is recognised as exact rather than proposed as a near miss of
 * the other. Kept free of false alarms on the clean Chinese news corpus (a test checks it).
 */
import { deriveRuleId } from './validate';
import type { Formulation } from './types';

const PHRASES: readonly (readonly [phrase: string, note: string])[] = [
  ['习近平新时代中国特色社会主义思想', '党的指导思想'],
  ['新时代中国特色社会主义', ''],
  ['中国特色社会主义', ''],
  ['中国特色社会主义道路', ''],
  ['中国特色社会主义理论体系', ''],
  ['中国特色社会主义制度', ''],
  ['中国特色社会主义文化', ''],
  ['坚持和发展中国特色社会主义', ''],
  ['马克思列宁主义', ''],
  ['毛泽东思想', ''],
  ['邓小平理论', ''],
  ['“三个代表”重要思想', ''],
  ['科学发展观', ''],
  ['决胜全面建成小康社会', '党的十九大提法'],
  ['全面建成小康社会', ''],
  ['全面建设小康社会', '党的十六大、十七大提法，合法变体'],
  ['全面建成社会主义现代化强国', ''],
  ['全面建设社会主义现代化国家', ''],
  ['全面建设社会主义现代化强国', '亦见于正式文件，合法变体'],
  ['社会主义现代化强国', ''],
  ['实现中华民族伟大复兴的中国梦', ''],
  ['实现中华民族伟大复兴中国梦', '亦见于正式文件，合法变体'],
  ['中华民族伟大复兴', ''],
  ['以中国式现代化全面推进中华民族伟大复兴', '党的二十大提法'],
  ['中国式现代化', ''],
  ['不忘初心、牢记使命', ''],
  ['不忘初心，牢记使命', '逗号形式亦常见'],
  ['全面从严治党', ''],
  ['全面依法治国', ''],
  ['全面深化改革', ''],
  ['全过程人民民主', ''],
  ['人类命运共同体', ''],
  ['构建人类命运共同体', ''],
  ['社会主义核心价值观', ''],
  ['社会主义核心价值体系', '相关提法，合法变体'],
  ['以人民为中心的发展思想', ''],
  ['创新、协调、绿色、开放、共享的新发展理念', ''],
  ['新发展理念', ''],
  ['新发展格局', ''],
  ['以国内大循环为主体、国内国际双循环相互促进的新发展格局', ''],
  ['推进国家治理体系和治理能力现代化', ''],
  ['国家治理体系和治理能力现代化', ''],
  ['供给侧结构性改革', ''],
  ['社会主义市场经济', ''],
  ['铸牢中华民族共同体意识', ''],
  ['中华民族共同体', ''],
  ['绿水青山就是金山银山', ''],
  ['乡村振兴战略', ''],
  ['生态文明建设', ''],
  ['总体国家安全观', ''],
  ['中华优秀传统文化', ''],
  ['粤港澳大湾区', ''],
  ['“一带一路”倡议', ''],
  ['共建“一带一路”', ''],
  ['“五位一体”总体布局', ''],
  ['“四个全面”战略布局', ''],
  ['党中央集中统一领导', ''],
  ['中国共产党领导是中国特色社会主义最本质的特征', ''],
  ['坚持以人民为中心', ''],
];

/** The starter formulations, as rule-list entries (ids derived from the phrases). */
export const STARTER_FORMULATIONS: readonly Formulation[] = PHRASES.map(([phrase, note]) => ({
  id: deriveRuleId('formulation', phrase),
  phrase,
  note,
}));
