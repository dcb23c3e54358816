using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SmartGift.Core.Tests.Bulk;

/// <summary>Drives an import the way a host does (Add per row, then Complete) and keeps every event.</summary>
internal sealed class ImportDriver
{
    public List<ImportEvent> Events { get; } = new List<ImportEvent>();
    public IEnumerable<OrderResult> Orders => Events.OfType<OrderResult>();
    public IEnumerable<RedemptionResult> Redemptions => Events.OfType<RedemptionResult>();
    public IEnumerable<ImportProgress> Progress => Events.OfType<ImportProgress>();

    public static ImportDriver Run(SaleImport import, IEnumerable<SaleRow> rows, CancellationToken cancellationToken = default)
    {
        var driver = new ImportDriver();
        foreach (var row in rows) driver.Events.AddRange(import.Add(row, cancellationToken));
        driver.Events.AddRange(import.Complete(cancellationToken));
        return driver;
    }

    public static ImportDriver Run(RedemptionImport import, IEnumerable<RedemptionRow> rows, CancellationToken cancellationToken = default)
    {
        var driver = new ImportDriver();
        foreach (var row in rows) driver.Events.AddRange(import.Add(row, cancellationToken));
        driver.Events.AddRange(import.Complete(cancellationToken));
        return driver;
    }
}
