using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using NodaTime;
using Onderwijsroute.Funding.Persistence;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>The states of an analysis, as the API writes them.</summary>
internal static class SimulationStatus
{
    public const string Waiting = "wachtend";
    public const string Running = "bezig";
    public const string Done = "gereed";
    public const string Cancelled = "geannuleerd";
    public const string Failed = "mislukt";
    public const string Interrupted = "afgebroken";

    public static bool IsFinal(string status) => status is Done or Cancelled or Failed or Interrupted;
}

/// <summary>
/// Runs Monte Carlo analyses in the background, at most <c>Scenarios:MaxGelijktijdigeAnalyses</c> at a time (default 1)
/// and each on at most <c>Scenarios:ThreadsPerAnalyse</c> threads (default half the processors), so that heavy runs
/// queue instead of starving the requests. Progress is kept in memory and written to the record now and then.
/// </summary>
internal sealed partial class SimulationRunner : BackgroundService
{
    private readonly Channel<Job> _queue = Channel.CreateUnbounded<Job>();
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly ScenarioRepository _repository;
    private readonly ScenarioStore _store;
    private readonly IClock _clock;
    private readonly ILogger<SimulationRunner> _logger;
    private readonly int _concurrent;
    private readonly int _threads;

    public SimulationRunner(ScenarioRepository repository, ScenarioStore store, IClock clock, IConfiguration configuration, ILogger<SimulationRunner> logger)
    {
        _repository = repository;
        _store = store;
        _clock = clock;
        _logger = logger;
        _concurrent = Math.Max(1, configuration.GetValue("Scenarios:MaxGelijktijdigeAnalyses", 1));
        _threads = Math.Max(1, configuration.GetValue("Scenarios:ThreadsPerAnalyse", Math.Max(1, Environment.ProcessorCount / 2)));
    }

    public int ThreadsPerAnalysis => _threads;

    /// <summary>Queues an analysis that has been stored as waiting.</summary>
    public void Enqueue(string id, string scenarioId, ScenarioDefinition scenario, UncertaintyAnalysisSettings settings)
    {
        var job = new Job(id, scenarioId, scenario, settings with { MaxDegreeOfParallelism = _threads });
        _jobs[id] = job;
        _queue.Writer.TryWrite(job);
    }

    /// <summary>The live state of an analysis of this process, or null (then the stored record is the truth).</summary>
    public (string Status, int DrawsDone)? Live(string id) => _jobs.TryGetValue(id, out var job) ? (job.Status, job.DrawsDone) : null;

    /// <summary>Asks an analysis to stop; true when it was still waiting or running.</summary>
    public bool Cancel(string id)
    {
        if (!_jobs.TryGetValue(id, out var job) || SimulationStatus.IsFinal(job.Status))
        {
            return false;
        }

        job.Cancellation.Cancel();
        if (job.Status == SimulationStatus.Waiting)
        {
            Finish(job, SimulationStatus.Cancelled, null);
        }

        return true;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _concurrent).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            if (job.Cancellation.IsCancellationRequested)
            {
                continue;
            }

            job.Status = SimulationStatus.Running;
            _repository.UpdateSimulation(job.Id, job.Status, 0, null, null);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation.Token, stoppingToken);
            try
            {
                var lastWritten = 0;
                var progress = new Progress(p =>
                {
                    job.DrawsDone = p.DrawsDone;
                    if (p.DrawsDone - Volatile.Read(ref lastWritten) >= Math.Max(1, p.Draws / 10))
                    {
                        Volatile.Write(ref lastWritten, p.DrawsDone);
                        _repository.UpdateSimulation(job.Id, SimulationStatus.Running, p.DrawsDone, null, null);
                    }
                });
                var result = await Task.Run(() => UncertaintyAnalysis.Run(job.Scenario, job.Settings, progress, linked.Token), linked.Token).ConfigureAwait(false);
                job.DrawsDone = result.Draws;
                Finish(job, SimulationStatus.Done, JsonSerializer.Serialize(ScenarioMapping.Simulation(job.Id, job.ScenarioId, result), _store.Json));
            }
            catch (OperationCanceledException) when (job.Cancellation.IsCancellationRequested)
            {
                Finish(job, SimulationStatus.Cancelled, null);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                Finish(job, SimulationStatus.Interrupted, null);
            }
#pragma warning disable CA1031 // One failed analysis must not stop the runner; it is recorded and logged.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(_logger, e, job.Id);
                Finish(job, SimulationStatus.Failed, null);
            }
        }
    }

    private void Finish(Job job, string status, string? resultJson)
    {
        lock (job)
        {
            if (SimulationStatus.IsFinal(job.Status))
            {
                return;
            }

            _repository.UpdateSimulation(job.Id, status, job.DrawsDone, resultJson, _clock.GetCurrentInstant());
            job.Status = status;
        }

        // The stored record is final now and the truth (see Live): forget the job, so a long-running service does not
        // keep every analysis it ever ran.
        _jobs.TryRemove(job.Id, out _);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Onzekerheidsanalyse {Id} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string id);

    private sealed class Progress(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }

    private sealed class Job(string id, string scenarioId, ScenarioDefinition scenario, UncertaintyAnalysisSettings settings)
    {
        public string Id { get; } = id;

        public string ScenarioId { get; } = scenarioId;

        public ScenarioDefinition Scenario { get; } = scenario;

        public UncertaintyAnalysisSettings Settings { get; } = settings;

        public CancellationTokenSource Cancellation { get; } = new();

        public volatile string Status = SimulationStatus.Waiting;

        public volatile int DrawsDone;
    }
}
