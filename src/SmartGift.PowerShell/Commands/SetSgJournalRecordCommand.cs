using System.IO;

namespace SmartGift.Commands
{
    /// <summary>
    /// Records an operator's decision about journal records after checking the Smart Gift
    /// dashboard (DESIGN 6): an Unknown -Found (never sent again) or -Absent / -Release (sent by
    /// the next run), a refused record -Drop (never sent, no longer reported). Each decision is a
    /// journal line with its time. Offline: nothing is sent now.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "SgJournalRecord", HelpUri = HelpLinks.Pages + "Set-SgJournalRecord.md", DefaultParameterSetName = FoundSet)]
    [OutputType(typeof(JournalRecord))]
    public sealed class SetSgJournalRecordCommand : PSCmdlet
    {
        private const string FoundSet = "Found";
        private const string AbsentSet = "Absent";
        private const string ReleaseSet = "Release";
        private const string DropSet = "Drop";

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? JournalPath { get; set; }

        /// <summary>Order ids (sales) or references / row keys (redemptions); Get-SgJournalRecord output binds by property name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("OrderId", "Reference")]
        [ValidateNotNullOrEmpty]
        public string[]? Key { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = FoundSet)]
        public SwitchParameter Found { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = AbsentSet)]
        public SwitchParameter Absent { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ReleaseSet)]
        public SwitchParameter Release { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = DropSet)]
        public SwitchParameter Drop { get; set; }

        /// <summary>With -Found on a sale: the order id the dashboard shows.</summary>
        [Parameter(ParameterSetName = FoundSet)]
        public string? SmartGiftOrderId { get; set; }

        protected override void ProcessRecord()
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(JournalPath);
            var decision = ParameterSetName switch
            {
                AbsentSet => JournalDecision.Absent,
                ReleaseSet => JournalDecision.Release,
                DropSet => JournalDecision.Drop,
                _ => JournalDecision.Found,
            };
            foreach (var key in Key!)
            {
                try
                {
                    WriteObject(JournalRecords.Settle(path, key, decision, DateTimeOffset.UtcNow, SmartGiftOrderId));
                }
                catch (IOException e)
                {
                    // One record that cannot be settled (unknown key, wrong state) does not stop the others.
                    WriteError(new ErrorRecord(e, "JournalRecordNotSettled", ErrorCategory.InvalidOperation, key));
                }
            }
        }
    }
}
