namespace SmartGift.MockServer.Faults;

/// <summary>The active faults. Rules are tried in the order added; latency adds up, the first other kind wins.</summary>
internal sealed class FaultRegistry(int seed)
{
    private readonly object _gate = new object();
    private readonly List<FaultRule> _rules = new List<FaultRule>();
    private Random _random = new Random(seed);
    private long _nextId = 1;

    public void Add(FaultRule rule, int? ruleSeed)
    {
        lock (_gate)
        {
            rule.Id = _nextId++;
            rule.Random = ruleSeed.HasValue ? new Random(ruleSeed.Value) : _random;
            _rules.Add(rule);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _random = new Random(seed);
        }
    }

    public IReadOnlyList<FaultRule> Snapshot()
    {
        lock (_gate)
        {
            return _rules.ToList();
        }
    }

    /// <summary>What the faults decide for one request: a delay, then at most one outcome.</summary>
    public (int LatencyMs, FaultRule? Outcome) Plan(string method, string path)
    {
        lock (_gate)
        {
            var latency = 0;
            FaultRule? outcome = null;
            foreach (var rule in _rules.Where(r => !r.IsSpent && r.Matches(method, path)))
            {
                // Once an outcome is chosen only latency adds up; a fraction fault draws only when it could fire.
                if ((rule.Kind != FaultKind.Latency && outcome != null)
                    || (rule.Probability < 1.0 && rule.Random.NextDouble() >= rule.Probability))
                {
                    continue;
                }

                rule.Fired++;
                if (rule.Kind == FaultKind.Latency)
                {
                    latency += rule.LatencyMs ?? 0;
                }
                else
                {
                    outcome = rule;
                }
            }

            _rules.RemoveAll(r => r.IsSpent);
            return (latency, outcome);
        }
    }
}
