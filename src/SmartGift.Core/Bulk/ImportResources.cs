using System;
using SmartGift.Journal;

namespace SmartGift.Bulk
{
    /// <summary>
    /// What an import holds for its run, opened in one place for sales and redemptions: the
    /// journal (read-only for a dry run, still refused while another run holds it), the send
    /// window, and the journaled call. If the window cannot be made, the journal is closed again.
    /// </summary>
    internal sealed class ImportResources<TResult> where TResult : ImportEvent
    {
        private ImportResources(ImportJournal? journal, ImportRun<TResult> run, JournaledCall call)
        {
            Journal = journal;
            Run = run;
            Call = call;
        }

        public ImportJournal? Journal { get; }
        public ImportRun<TResult> Run { get; }
        public JournaledCall Call { get; }

        public static ImportResources<TResult> Open(SmartGiftSession session, string? journalPath, JournalKind kind, bool dryRun, int maxConcurrency, Func<TResult, RecordStatus> statusOf, bool stopOnFirstError)
        {
            var time = session.Client.Options.TimeProvider;
            ImportJournal? journal = null;
            if (journalPath != null)
                journal = dryRun
                    ? ImportJournal.OpenReadOnly(journalPath, kind)
                    : ImportJournal.Open(journalPath, kind, time.GetUtcNow());
            ImportRun<TResult> run;
            try
            {
                run = new ImportRun<TResult>(dryRun ? null : session.Client, maxConcurrency, statusOf, stopOnFirstError);
            }
            catch
            {
                journal?.Dispose();
                throw;
            }
            if (journal != null) foreach (var note in journal.Contents.Notes) run.Note(note);
            return new ImportResources<TResult>(journal, run, new JournaledCall(journal, time));
        }
    }
}
