using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using NodaTime;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// Runs uncertainty analyses in the background (limits in <see cref="UncertaintyAnalysisLimits"/>): at most
/// <c>MaxConcurrent</c> at a time, each on <c>ThreadsPerAnalysis</c> threads, so heavy runs queue instead of starving the
/// requests. The queue is the store: an analysis is stored as <c>wachtend</c> only while its key and the service are
/// under their bounds (<see cref="Submit"/>), and every analysis the store still calls waiting or running is picked up
/// again when the service starts, from the analysis's own copy of its scenario, so a restart loses none (and a scenario
/// replaced or deleted meanwhile changes nothing). A failure of the store never stops the service: progress is
/// written when it can be; a final state that cannot be written is kept here and written once the store takes writes
/// again (<see cref="StorageHealth"/>); a result that still cannot be written after that makes the analysis
/// <c>mislukt</c>, with the reason.
/// Several instances on one PostgreSQL database share the queue (issue 16): each analysis is held by one instance under
/// a lease in the store (<c>UncertaintyAnalysis:LeaseSeconds</c>) that its holder renews while it waits or runs; an
/// instance with room claims analyses nobody holds, so one whose instance died is finished by another (from the first
/// draw: draws are seeded per draw, so the result is the same). The file is over 400 lines: the queue, its store writes
/// and its leases are one state machine and read best together.
/// </summary>
internal sealed partial class UncertaintyAnalysisRunner : BackgroundService
{
    /// <summary>What <c>Retry-After</c> suggests when a queue is full (seconds).</summary>
    public const int RetryAfterSeconds = 60;

    /// <summary>How often final states that could not be written are tried again.</summary>
    private static readonly TimeSpan SaveInterval = TimeSpan.FromSeconds(1);

    /// <summary>How often writing a result may fail while the store takes writes before the analysis fails instead.</summary>
    private const int ResultSaveAttempts = 3;

    private readonly Channel<Job> _queue = Channel.CreateUnbounded<Job>();
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly IUncertaintyAnalysisRepository _repository;
    private readonly ScenarioStore _store;
    private readonly StorageHealth _storage;
    private readonly IClock _clock;
    private readonly ILogger<UncertaintyAnalysisRunner> _logger;
    private readonly UncertaintyAnalysisLimits _limits;
    private readonly bool _isSingleProcess;

    // This process among the instances sharing the store (host, process, start).
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public UncertaintyAnalysisRunner(IUncertaintyAnalysisRepository repository, ScenarioStore store, StorageHealth storage, IClock clock, IConfiguration configuration, IDatabase database, ILogger<UncertaintyAnalysisRunner> logger)
    {
        // A SQLite file has one process: at its start every lease in the store was its own predecessor's.
        _isSingleProcess = database is SqliteDatabase;
        _repository = repository;
        _store = store;
        _storage = storage;
        _clock = clock;
        _logger = logger;
        _limits = configuration.GetSection(UncertaintyAnalysisLimits.Section).Get<UncertaintyAnalysisLimits>() ?? new UncertaintyAnalysisLimits();
    }

    public int ThreadsPerAnalysis => Math.Max(1, _limits.ThreadsPerAnalysis);

    /// <summary>The settings a request asks for (the defaults where it is silent).</summary>
    /// <param name="request">The request.</param>
    public static UncertaintyAnalysisSettings Settings(CreateUncertaintyAnalysisRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new UncertaintyAnalysisSettings
        {
            Draws = request.Trekkingen ?? UncertaintyAnalysisSettings.DefaultDraws,
            Seed = request.Seed ?? 1,
            ParticipantsCv = request.VariatiecoefficientDeelnemers,
            PriceCv = request.VariatiecoefficientPrijs,
        };
    }

    /// <summary>
    /// Stores an analysis as waiting and queues it; <c>null</c> when it was taken, else the problem to answer: 429 when
    /// its key already has <c>MaxQueuedPerKey</c> analyses waiting or running, 503 when the service has <c>MaxQueued</c>,
    /// both with <c>Retry-After</c>.
    /// </summary>
    /// <param name="http">The request (its key; the <c>Retry-After</c> header of a refusal).</param>
    /// <param name="record">The analysis, status waiting.</param>
    /// <param name="scenario">The scenario it analyses.</param>
    /// <param name="settings">Its settings.</param>
    public IResult? Submit(HttpContext http, SimulationRecord record, ScenarioDefinition scenario, UncertaintyAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(record);
        var keyId = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        switch (_repository.AdmitSimulation(record with { KeyId = keyId }, Math.Max(1, _limits.MaxQueuedPerKey), Math.Max(1, _limits.MaxQueued)))
        {
            case SimulationAdmission.KeyQueueFull:
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return DutchProblems.Problem(StatusCodes.Status429TooManyRequests, string.Create(CultureInfo.InvariantCulture, $"Deze sleutel heeft al {_limits.MaxQueuedPerKey} onzekerheidsanalyses wachtend of bezig, het meeste dat één sleutel mag hebben; wacht tot er een klaar is of annuleer er een."));
            case SimulationAdmission.QueueFull:
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return DutchProblems.Problem(StatusCodes.Status503ServiceUnavailable, string.Create(CultureInfo.InvariantCulture, $"De dienst heeft al {_limits.MaxQueued} onzekerheidsanalyses wachtend of bezig, het meeste dat zij aanneemt; probeer het later opnieuw."));
            default:
                // Another instance may have claimed it in the meantime; then that one runs it.
                if (TryWrite(() => _repository.ClaimSimulation(record.Id, _owner, _clock.GetCurrentInstant(), LeaseEnd()), whenFailed: false))
                {
                    Enqueue(record.Id, record.ScenarioId, scenario, settings);
                }

                return null;
        }
    }

    /// <summary>The live state of an analysis of this process, or null (then the stored record is the truth).</summary>
    /// <param name="id">The analysis.</param>
    public (string Status, int DrawsDone, string? Reason)? Live(string id)
    {
        if (!_jobs.TryGetValue(id, out var job))
        {
            return null;
        }

        // A final state counts once it is stored (the job is then forgotten) or once writing it failed; while it is being
        // written the job still shows its last state, so a client never sees an end the store does not know yet.
        return job.Final switch
        {
            { } when Volatile.Read(ref job.FailedSaves) == 0 => (job.Status, job.DrawsDone, null),
            null => (job.Status, job.DrawsDone, null),
            { Status: UncertaintyAnalysisStatus.Done } => (UncertaintyAnalysisStatus.Running, job.DrawsDone, "De analyse is klaar; de uitkomst wacht tot de opslag van de dienst weer schrijft."),
            { } final => (final.Status, job.DrawsDone, final.Reason),
        };
    }

    /// <summary>Asks an analysis to stop; true when it was still waiting or running.</summary>
    /// <param name="record">The analysis as stored.</param>
    public bool Cancel(SimulationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_jobs.TryGetValue(record.Id, out var job))
        {
            // Held by another instance (or nobody): the store says it is cancelled, and its holder, renewing its lease,
            // finds it no longer waiting or running and stops it.
            return !UncertaintyAnalysisStatus.IsFinal(record.Status)
                && TryWrite(() => _repository.UpdateSimulation(record.Id, UncertaintyAnalysisStatus.Cancelled, record.DrawsDone, null, _clock.GetCurrentInstant()));
        }

        if (job.Final is not null)
        {
            return false;
        }

        job.Cancellation.Cancel();
        if (job.Status == UncertaintyAnalysisStatus.Waiting)
        {
            Finish(job, UncertaintyAnalysisStatus.Cancelled, null, null);
        }

        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ResumeAsync(stoppingToken).ConfigureAwait(false);
            var workers = Enumerable.Range(0, Math.Max(1, _limits.MaxConcurrent)).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken));
            await Task.WhenAll(workers.Append(SaveLoopAsync(stoppingToken))).ConfigureAwait(false);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // A bug, not a storage fault (those are handled where they occur): stop with a non-zero exit code so a
            // supervisor (systemd Restart=on-failure) restarts the service and the stored queue is resumed.
            LogRunnerFailed(_logger, e);
            Environment.ExitCode = 1;
            throw;
        }
    }

    private void Enqueue(string id, string scenarioId, ScenarioDefinition scenario, UncertaintyAnalysisSettings settings)
    {
        var job = new Job(id, scenarioId, scenario, settings with { MaxDegreeOfParallelism = ThreadsPerAnalysis });
        // Once: the claim of a submitted analysis and the claim loop may both take the same analysis for this instance.
        if (_jobs.TryAdd(id, job))
        {
            _queue.Writer.TryWrite(job);
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            if (job.Cancellation.IsCancellationRequested || job.Final is not null)
            {
                continue;
            }

            job.Status = UncertaintyAnalysisStatus.Running;
            TryWrite(() => _repository.UpdateSimulation(job.Id, UncertaintyAnalysisStatus.Running, 0, null, null));
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
                        TryWrite(() => _repository.UpdateSimulation(job.Id, UncertaintyAnalysisStatus.Running, p.DrawsDone, null, null));
                    }
                });
                var result = await Task.Run(() => UncertaintyAnalysis.Run(job.Scenario, job.Settings, progress, linked.Token), linked.Token).ConfigureAwait(false);
                job.DrawsDone = result.Draws;
                Finish(job, UncertaintyAnalysisStatus.Done, JsonSerializer.Serialize(ScenarioMapping.Simulation(job.Id, job.ScenarioId, result), _store.Json), null);
            }
            catch (OperationCanceledException) when (job.Cancellation.IsCancellationRequested)
            {
                Finish(job, UncertaintyAnalysisStatus.Cancelled, null, null);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The service stops: the analysis stays waiting in the store and is started again at the next start.
                TryWrite(() => _repository.UpdateSimulation(job.Id, UncertaintyAnalysisStatus.Waiting, 0, null, null));
            }
            catch (Exception e) when (e is OverflowException || (e is AggregateException a && a.InnerExceptions.Any(i => i is OverflowException)))
            {
                // Extreme but valid input: a draw takes up to 20 times the participants and 1000 times the price.
                LogFailed(_logger, e, job.Id);
                Finish(job, UncertaintyAnalysisStatus.Failed, null, "Een trekking gaf bedragen die te groot zijn om mee te rekenen; verlaag de variatiecoëfficiënten, de aantallen of de prijzen van het scenario.");
            }
#pragma warning disable CA1031 // One failed analysis must not stop the runner; it is recorded and logged.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(_logger, e, job.Id);
                Finish(job, UncertaintyAnalysisStatus.Failed, null, "De analyse liep vast op een fout in de dienst; de beheerder vindt de oorzaak in het logboek.");
            }
        }
    }

    /// <summary>Ends an analysis: its final state is written now, or kept and written by <see cref="SaveLoopAsync"/>.</summary>
    private void Finish(Job job, string status, string? resultJson, string? reason)
    {
        lock (job)
        {
            // Lost to another instance (or cancelled through one): the store's state is not this instance's to write.
            if (job.Final is not null || job.Lost)
            {
                return;
            }

            job.Final = new FinalState(status, resultJson, reason, _clock.GetCurrentInstant());
        }

        Save(job);
    }

    private void Save(Job job)
    {
        var final = job.Final!;
        if (TryWrite(() => _repository.UpdateSimulation(job.Id, final.Status, job.DrawsDone, final.ResultJson, final.At, final.Reason)))
        {
            // The stored record is final now and the truth (see Live): forget the job, so a long-running service does not
            // keep every analysis it ever ran.
            _jobs.TryRemove(job.Id, out _);
            return;
        }

        // A result that the store refused at the end and twice more after it seemed to take writes again (larger than the
        // space left): give it up and keep only the reason, which is small.
        if (Interlocked.Increment(ref job.FailedSaves) >= ResultSaveAttempts && final.ResultJson is not null)
        {
            job.Final = final with
            {
                Status = UncertaintyAnalysisStatus.Failed,
                ResultJson = null,
                Reason = "De analyse was klaar, maar de uitkomst kon niet worden opgeslagen (de opslag van de dienst was vol of niet beschrijfbaar). Start de analyse opnieuw.",
            };
        }
    }

    /// <summary>Writes the final states that could not be written, whenever the store takes writes (again).</summary>
    private async Task SaveLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SaveInterval);
        var nextClaim = 0L;
        var nextRenewal = 0L;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (_storage.Fault is not null)
            {
                continue;
            }

            var now = Environment.TickCount64;
            if (now >= nextRenewal)
            {
                nextRenewal = now + (long)(Lease.TotalMilliseconds / 3);
                RenewLeases();
            }

            if (now >= nextClaim)
            {
                nextClaim = now + (long)(Math.Clamp(_limits.ClaimIntervalSeconds, 0.1, 600) * 1000);
                await ClaimFreeAsync(FreeSlots(), _clock.GetCurrentInstant(), stoppingToken).ConfigureAwait(false);
            }

            foreach (var job in _jobs.Values.Where(j => j.Final is not null))
            {
                Save(job);
            }
        }
    }

    /// <summary>Runs a write of the runner; a failure is recorded (a storage fault in <see cref="StorageHealth"/>, anything else in the log), never thrown.</summary>
    private bool TryWrite(Action write) => TryWrite(() => { write(); return true; }, whenFailed: false);

    /// <summary>Runs a write that answers yes or no; a failure is recorded and answers <paramref name="whenFailed"/>.</summary>
    private bool TryWrite(Func<bool> write, bool whenFailed)
    {
        try
        {
            return write();
        }
#pragma warning disable CA1031 // The runner outlives any failed write; the failure is recorded.
        catch (Exception e)
#pragma warning restore CA1031
        {
            if (_storage.Observe(e) is null)
            {
                LogWriteFailed(_logger, e);
            }

            return whenFailed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Onzekerheidsanalyse {Id} is no longer held by this instance (cancelled elsewhere, or taken over after its lease ran out); it stops here")]
    private static partial void LogLost(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Onzekerheidsanalyse {Id} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the state of an uncertainty analysis failed; it is tried again")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} uncertainty analyses that were waiting or running and held by no running instance are queued again")]
    private static partial void LogResumed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The waiting and running uncertainty analyses could not be read; they are resumed at the next start")]
    private static partial void LogResumeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The uncertainty analysis runner stopped on an unexpected failure; the service stops with exit code 1 so that it is restarted")]
    private static partial void LogRunnerFailed(ILogger logger, Exception exception);

    private sealed class Progress(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }

    /// <summary>How an analysis ended, kept until it is written.</summary>
    private sealed record FinalState(string Status, string? ResultJson, string? Reason, Instant At);

    private sealed class Job(string id, string scenarioId, ScenarioDefinition scenario, UncertaintyAnalysisSettings settings)
    {
        public string Id { get; } = id;

        public string ScenarioId { get; } = scenarioId;

        public ScenarioDefinition Scenario { get; } = scenario;

        public UncertaintyAnalysisSettings Settings { get; } = settings;

        public CancellationTokenSource Cancellation { get; } = new();

        public volatile string Status = UncertaintyAnalysisStatus.Waiting;

        public volatile int DrawsDone;

        public volatile FinalState? Final;

        public int FailedSaves;

        public volatile bool Lost;
    }
}
