using System.Collections.Generic;
using System.Linq;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("SmartGift.Cli.Tests.StartFirstOrderer", "SmartGift.Cli.Tests")]

namespace SmartGift.Cli.Tests;

/// <summary>
/// Starts the classes that mostly wait before the others, so that their waiting overlaps the rest
/// of the run instead of ending it: the minute of RateLimitWaitTests and the client's backoffs in
/// the echoed-key classes, started last, made the assembly 25 s longer. The others keep xUnit's order.
/// </summary>
public sealed class StartFirstOrderer : ITestCollectionOrderer
{
    private static readonly string[] First =
        { nameof(RateLimitWaitTests), nameof(EchoedKeyInTableTests), nameof(EchoedKeyInJsonTests), nameof(EchoedKeyInCsvTests) };

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => First.Any(name => c.DisplayName.EndsWith("." + name, System.StringComparison.Ordinal)) ? 0 : 1);
}
