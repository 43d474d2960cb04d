/**
 * The sentence the app shows when the workspace index was rebuilt at open (the CLI prints
 * `recoveryLine`): what was wrong, what it was rebuilt from, what came back, where the old index
 * is kept, in every interface language.
 */
import type { Message } from '../../core/finding';
import type { RecoveryReport } from './recovery';

/** The editor's notice of `report`, in zh-CN and English. */
export function recoveryMessage(report: RecoveryReport): Message {
  const zh: string[] = [];
  const en: string[] = [];
  if (report.damage === 'stale' || report.damage === 'interrupted') {
    zh.push(
      '工作区索引比版本记录旧（可能被同步或备份工具还原），已根据记录重建，所有版本号保持不变',
    );
    en.push(
      'The workspace index was older than its version records (a sync or backup tool may have restored it); it has been rebuilt from the records with every version number kept',
    );
  } else {
    zh.push(`工作区索引已损坏，已从${report.fromGoodCopy ? '上一份完好副本' : '版本文件'}重建`);
    en.push(
      `The workspace index was damaged and has been rebuilt from ${report.fromGoodCopy ? 'its last good copy' : 'the version files'}`,
    );
  }
  if (report.versionsFromRecords > 0) {
    zh.push(`，${report.versionsFromRecords} 个版本已重新列出`);
    en.push(`; ${report.versionsFromRecords} version(s) listed again`);
  }
  if (report.issueStates > 0) {
    zh.push(`，${report.issueStates} 期按最后状态恢复（回收站、详情）`);
    en.push(`; ${report.issueStates} issue(s) restored as last changed (trash, details)`);
  }
  if (report.orphanTexts > 0) {
    zh.push(`，${report.orphanTexts} 份无归属的文本放入“恢复的文本”`);
    en.push(`; ${report.orphanTexts} stray text(s) put in "Recovered texts"`);
  }
  zh.push('。');
  en.push('.');
  if (report.backup) {
    zh.push(`旧索引保存在 ${report.backup}。`);
    en.push(` The old index is kept as ${report.backup}.`);
  }
  if (report.missingTexts > 0) {
    zh.push(`${report.missingTexts} 个版本的文本文件已丢失。`);
    en.push(` ${report.missingTexts} version(s) have lost their text file.`);
  }
  if (report.unknownStates > 0) {
    zh.push(`${report.unknownStates} 期只剩版本记录，无从得知是否曾放入回收站，现列为未删除。`);
    en.push(
      ` ${report.unknownStates} issue(s) had only their version records left and are listed as not trashed, since no record says otherwise.`,
    );
  }
  return { 'zh-CN': zh.join(''), en: en.join('') };
}
