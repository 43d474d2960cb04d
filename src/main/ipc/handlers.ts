/**
 * The contract's handlers: thin. Each takes a validated request, calls a service and maps the
 * result to the contract's view types. No business logic, no path from the renderer.
 */
import { compareTexts } from '../../core/compare';
import { LOCALES, type Locale } from '../../core/finding';
import { TEXT_SIZES, type Settings } from '../../shared/contract';
import { encodeWireFindings } from '../../shared/findings-codec';
import { ChosenFiles } from '../app/chosen-files';
import { SOURCE_EXTENSIONS, exportStem, writeExports, type BuiltExport } from '../app/export-files';
import { exportVersion } from '../export/index';
import {
  SOURCE_FORMATS,
  type ExportFormat,
  type SourceFormat,
} from '../../core/export/export-formats';
import { isAllowedExternalUrl, type Platform } from '../app/platform';
import { toIssueSummary, toVersionInfo } from '../app/views';
import { analyseOptionsOf } from '../services/container';
import type { IssueService } from '../services/issue-service';
import type { OutputService } from '../services/output-service';
import type { WorkspaceRepository } from '../workspace/index';
import type { Handlers } from './dispatch';
import { recoveryMessage } from '../workspace/recovery-message';
import { createEditorialHandlers, type EditorialDeps } from './editorial-handlers';
import { createPageHandlers } from './page-handlers';
import { WriteBackRefused, type PageService } from '../services/page-service';
import { importFailure, writeBackFailure } from './errors';
import { basename } from 'node:path';

const isSourceFormat = (format: string): format is SourceFormat =>
  (SOURCE_FORMATS as readonly string[]).includes(format);

export interface HandlerDeps {
  readonly repository: WorkspaceRepository;
  readonly issues: IssueService;
  readonly outputs: OutputService;
  readonly platform: Platform;
  /** The workspace's rules and archive (the `rules.*` and `archive.*` channels). */
  readonly editorial: EditorialDeps;
  /** Page coordinates and scans (the `pages.*` channels). */
  readonly pages?: PageService;
}

/** The editor's settings as stored, with defaults for what is missing or malformed. */
export function readSettings(repository: WorkspaceRepository): Settings {
  const raw = repository.getSettings();
  const locale = LOCALES.includes(raw.locale as Locale) ? (raw.locale as Locale) : 'zh-CN';
  const author = typeof raw.author === 'string' ? raw.author : '';
  const size = raw.textSize;
  const textSize =
    typeof size === 'number' &&
    Number.isInteger(size) &&
    size >= TEXT_SIZES.min &&
    size <= TEXT_SIZES.max
      ? size
      : TEXT_SIZES.default;
  return { locale, author, disabledKinds: analyseOptionsOf(repository).disabled ?? [], textSize };
}

export function createHandlers({
  repository,
  issues,
  outputs,
  platform,
  editorial,
  pages,
}: HandlerDeps): Handlers {
  const chosen = new ChosenFiles();
  const summary = (issueId: string) => toIssueSummary(issues.overview(issueId));
  const author = () => readSettings(repository).author || undefined;
  /** An issue's versions as the contract shows them, each round's last with its round. */
  const versionInfos = async (issueId: string) => {
    const rounds = await repository.listRounds(issueId);
    const roundOf = new Map(rounds.map((r) => [r.versionId, r.round]));
    return issues.versions(issueId).map((row) => {
      const round = roundOf.get(row.id);
      return { ...toVersionInfo(row), ...(round !== undefined && { round }) };
    });
  };

  return {
    'app.info': () => ({
      version: platform.appVersion,
      workspace: repository.folder,
      platform: process.platform,
    }),
    'library.list': ({ includeTrashed }) => issues.list({ includeTrashed }).map(toIssueSummary),
    'library.chooseFiles': async () => chosen.register(await platform.chooseDraftFiles()),
    'library.importChosen': async ({ token, publication, date }) => {
      const path = chosen.take(token);
      const { issue } = await issues
        .importFile(path, { publication, date, author: author() })
        .catch((error: unknown) => Promise.reject(importFailure(error, basename(path))));
      return summary(issue.id);
    },
    'library.importBytes': async ({ name, base64 }) => {
      const bytes = Buffer.from(base64, 'base64');
      const { issue } = await issues
        .importBytes(bytes, name, { author: author() })
        .catch((error: unknown) => Promise.reject(importFailure(error, name)));
      return summary(issue.id);
    },
    'library.trash': async ({ issueId }) => summary((await issues.trash(issueId)).id),
    'library.untrash': async ({ issueId }) => summary((await issues.untrash(issueId)).id),
    'library.recovery': () => (repository.recovery ? recoveryMessage(repository.recovery) : null),
    'library.edit': async ({ issueId, ...patch }) =>
      summary((await issues.editDetails(issueId, patch, { author: author() })).id),
    'library.history': ({ issueId }) => issues.detailsHistory(issueId),
    'library.search': async ({ query }) =>
      (await issues.searchText(query)).map(({ overview, count, hits }) => ({
        issue: toIssueSummary(overview),
        count,
        hits,
      })),
    'issue.open': async ({ issueId }) => {
      // The head's findings come from the service's cache when it analysed this text before.
      const head = await issues.findings(issueId);
      const versions = issues.versions(head.issue.id);
      const autosave = await repository.getAutosave(head.issue.id);
      return {
        issue: summary(head.issue.id),
        versions: versions.map(toVersionInfo),
        head: { versionId: head.version.id, text: head.text },
        findings: encodeWireFindings(head.findings),
        analysis: issues.analysisSettings(head.issue.id),
        original: {
          versionId: versions[0].id,
          sameAsHead: versions[0].sha256 === head.version.sha256,
        },
        lowConfidence: await issues.lowConfidence(head.issue.id),
        decisions: issues.decisions(head.issue.id),
        recovered:
          autosave && autosave.text !== head.text
            ? { text: autosave.text, savedAt: autosave.savedAt }
            : null,
        stoppedRules: editorial.rules
          .unreportedStops()
          .map(({ id, find, ms }) => ({ id, find, ms })),
      };
    },
    'issue.decide': async ({ issueId, decisions }) => ({
      count: await issues.decide(issueId, decisions),
    }),
    'issue.autosave': async (request) => {
      const issueId = issues.issue(request.issueId).id;
      const saved =
        'patch' in request
          ? await repository.patchAutosave(issueId, request.baseVersionId, request.patch)
          : await repository.putAutosave(issueId, request.baseVersionId, request.text);
      return saved ? { savedAt: saved.savedAt } : { stale: true as const };
    },
    'issue.discardAutosave': async ({ issueId }) => ({
      discarded: await repository.discardAutosave(issues.issue(issueId).id),
    }),
    'issue.save': async ({ issueId, text, message, origin }) =>
      toVersionInfo(
        (await issues.save(issueId, text, { message, origin, author: author() })).version,
      ),
    'versions.list': ({ issueId }) => versionInfos(issues.issue(issueId).id),
    'versions.markRound': async ({ issueId, versionId }) => {
      const issue = issues.issue(issueId);
      await repository.markRound(issue.id, versionId, issues.authorName(author()));
      return versionInfos(issue.id);
    },
    'versions.read': async ({ issueId, versionId }) => ({
      text: (await issues.read(issueId, versionId)).text,
    }),
    'versions.restore': async ({ issueId, versionId }) =>
      toVersionInfo(await issues.restore(issueId, versionId, { author: author() })),
    'versions.compare': async ({ issueId, oldVersionId, newVersionId }) => {
      const [a, b] = await Promise.all([
        issues.read(issueId, oldVersionId),
        issues.read(issueId, newVersionId),
      ]);
      return compareTexts(a.text, b.text);
    },
    'export.run': async ({ issueId, versionId, formats }) => {
      const { issue, version, input } = await outputs.exportInput(issueId, versionId, {
        locale: readSettings(repository).locale,
        author: issues.authorName(author()),
      });
      const plain = formats.filter((f): f is ExportFormat => !isSourceFormat(f));
      // Written back before the folder is asked for: a format the issue was not imported from
      // is refused with its sentence, not after the editor chose a folder.
      const built: BuiltExport[] = [];
      for (const format of formats.filter(isSourceFormat)) {
        if (!pages) throw writeBackFailure(new WriteBackRefused(null, format));
        const back = await pages.exportOcr(issue.id, version.id, format).catch((error: unknown) => {
          throw writeBackFailure(error);
        });
        built.push({ extension: SOURCE_EXTENSIONS[format], bytes: back.bytes });
      }
      const folder = await platform.chooseExportFolder();
      if (folder === null) return null;
      const stem = exportStem(issue, version.number);
      return { folder, files: await writeExports(folder, stem, plain, input, built) };
    },
    'export.proofPdf': async ({ issueId, versionId }) => {
      const { issue, version, input } = await outputs.exportInput(issueId, versionId, {
        locale: readSettings(repository).locale,
        author: issues.authorName(author()),
      });
      const folder = await platform.chooseExportFolder();
      if (folder === null) return null;
      const html = new TextDecoder().decode(await exportVersion('proof-html', input));
      const pdf = await platform.printToPdf(html);
      const stem = `${exportStem(issue, version.number)}-proof`;
      return {
        folder,
        files: await writeExports(folder, stem, [], input, [{ extension: '.pdf', bytes: pdf }]),
      };
    },
    'settings.get': () => readSettings(repository),
    'settings.set': async (patch) => {
      await repository.updateSettings({
        ...(patch.locale !== undefined && { locale: patch.locale }),
        ...(patch.author !== undefined && { author: patch.author.trim() }),
        ...(patch.disabledKinds !== undefined && { disabledKinds: [...patch.disabledKinds] }),
        ...(patch.textSize !== undefined && { textSize: patch.textSize }),
      });
      return readSettings(repository);
    },
    'shell.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await platform.openExternal(url);
      return { opened: true };
    },
    ...createEditorialHandlers({ ...editorial, issues, platform, repository }),
    ...createPageHandlers(pages, issues, platform),
  };
}
