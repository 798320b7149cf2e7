/** The budgets the issues set, in the units the bench measures (ms, bytes, messages a second). */
export const BUDGET = {
  addedMs: 16,
  taskMs: 50,
  ratio: 1.1,
  batchMs: 50,
  contentGzip: 20 * 1024,
  workerJudgeMs: 20,
  chatMessagesPerSecond: 100_000,
  chatPageMs: 20,
  chatPageTaskMs: 50,
  shortlistFirstRowsMs: 50,
  shortlistKeystrokeMs: 50,
  shortlistExportMs: 500,
  shortlistImportMs: 2_000,
};
