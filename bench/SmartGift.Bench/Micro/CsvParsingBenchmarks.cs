using BenchmarkDotNet.Attributes;

namespace SmartGift.Bench.Micro;

/// <summary>SaleCsvReader turning CSV text into SaleRows; the figure is per row.</summary>
public class CsvParsingBenchmarks
{
    private const int Rows = 1000;
    private string _csv = "";

    [GlobalSetup]
    public void Setup()
    {
        using var writer = new StringWriter();
        SaleCsvFile.Write(writer, Rows);
        _csv = writer.ToString();
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int ReadRow()
    {
        var count = 0;
        using var reader = new SaleCsvReader(new StringReader(_csv));
        foreach (var row in reader.ReadRows())
        {
            if (row.OrderId != null) count++;
        }

        return count;
    }
}
