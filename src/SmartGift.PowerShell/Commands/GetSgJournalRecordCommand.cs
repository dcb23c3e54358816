using System.IO;

namespace SmartGift.Commands
{
    /// <summary>
    /// Lists the records of an import journal that need a decision (Unknown, refused), or all of
    /// them; pipe them into Set-SgJournalRecord after checking the Smart Gift dashboard. Offline.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SgJournalRecord", HelpUri = HelpLinks.Pages + "Get-SgJournalRecord.md")]
    [OutputType(typeof(JournalRecord))]
    public sealed class GetSgJournalRecordCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? JournalPath { get; set; }

        /// <summary>Every record, not only those that need a decision.</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        protected override void EndProcessing()
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(JournalPath);
            try
            {
                foreach (var record in JournalRecords.List(path).Where(r => All || r.NeedsAttention)) WriteObject(record);
            }
            catch (IOException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, "JournalUnavailable", ErrorCategory.ReadError, path));
            }
        }
    }
}
