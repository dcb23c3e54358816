namespace SmartGift.Sales
{
    /// <summary>
    /// Problems of one record, in the order found, without repeats: a column missing from the
    /// header is reported by every row, but an order needs to hear it once.
    /// </summary>
    internal sealed class ProblemList
    {
        private readonly List<RecordProblem> _items = new List<RecordProblem>();
        private readonly HashSet<string> _keys = new HashSet<string>();

        public int Count => _items.Count;
        public IReadOnlyList<RecordProblem> Items => _items;

        public void Add(RecordProblem problem)
        {
            if (_keys.Add(problem.Field + "\u0000" + problem.Message)) _items.Add(problem);
        }

        public void Add(string location, string field, string message) => Add(new RecordProblem(location, field, message));

        public void AddRange(IEnumerable<RecordProblem> problems)
        {
            foreach (var p in problems) Add(p);
        }
    }
}
