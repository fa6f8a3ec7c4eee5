using System.Collections.Concurrent;
using System.Globalization;

namespace Onderwijsroute.Funding.LoadTest;

/// <summary>Latencies per operation and the errors, gathered from every client.</summary>
internal sealed class Stats
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();

    public int ErrorCount => _errors.Count;

    public IEnumerable<string> Errors => _errors;

    public void Record(string operation, double milliseconds) =>
        _latencies.GetOrAdd(operation, _ => []).Add(milliseconds);

    public void Error(string message)
    {
        if (_errors.Count < 10_000)
        {
            _errors.Enqueue(message);
        }
    }

    public int Count(string operation) => _latencies.TryGetValue(operation, out var bag) ? bag.Count : 0;

    public double Percentile(string operation, double p)
    {
        if (!_latencies.TryGetValue(operation, out var bag) || bag.IsEmpty)
        {
            return double.NaN;
        }

        var sorted = bag.ToArray();
        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>A plain table: operation, count, throughput over <paramref name="seconds"/>, p50/p95/p99.</summary>
    public string Table(IReadOnlyDictionary<string, double> secondsPerOperation)
    {
        var lines = new List<string> { string.Format(CultureInfo.InvariantCulture, "{0,-28} {1,9} {2,10} {3,9} {4,9} {5,9}", "operation", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms") };
        foreach (var operation in _latencies.Keys.Order(StringComparer.Ordinal))
        {
            var seconds = secondsPerOperation.GetValueOrDefault(operation, 1);
            lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,-28} {1,9} {2,10:F1} {3,9:F2} {4,9:F2} {5,9:F2}", operation, Count(operation), Count(operation) / seconds, Percentile(operation, 50), Percentile(operation, 95), Percentile(operation, 99)));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
