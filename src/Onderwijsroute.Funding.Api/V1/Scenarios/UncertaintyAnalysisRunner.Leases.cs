using System.Text.Json;
using NodaTime;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

// The runner's share of the store's analyses: resuming those left at start, claiming ones whose lease ran out, renewing
// the leases this instance holds, and rebuilding a stored analysis's scenario and settings (docs/operations.md).
internal sealed partial class UncertaintyAnalysisRunner
{
    /// <summary>
    /// At start, queues the analyses the store calls waiting or running that nobody holds (left by a stop, a crash or a
    /// full disk), oldest first: on SQLite every one of them (the one process's predecessor held them all), on PostgreSQL
    /// as many as this instance has room for among those whose lease ran out.
    /// </summary>
    private async Task ResumeAsync(CancellationToken stoppingToken)
    {
        var resumed = _isSingleProcess
            ? await ClaimFreeAsync(int.MaxValue, Instant.FromUtc(9999, 1, 1, 0, 0), stoppingToken).ConfigureAwait(false)
            : await ClaimFreeAsync(FreeSlots(), _clock.GetCurrentInstant(), stoppingToken).ConfigureAwait(false);
        if (resumed > 0)
        {
            LogResumed(_logger, resumed);
        }
    }

    /// <summary>Claims up to <paramref name="max"/> analyses nobody holds (a lease that ran out before <paramref name="freeBefore"/>) and queues them.</summary>
    private async Task<int> ClaimFreeAsync(int max, Instant freeBefore, CancellationToken stoppingToken)
    {
        var taken = 0;
        while (taken < max)
        {
            SimulationRecord? record;
            try
            {
                record = _repository.ClaimNextSimulation(_owner, freeBefore, LeaseEnd());
            }
#pragma warning disable CA1031 // An unreadable store: nothing can be claimed now; StorageHealth tells the operator.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _storage.Observe(e);
                LogResumeFailed(_logger, e);
                break;
            }

            if (record is null)
            {
                break;
            }

            taken++;
            var (scenario, settings, reason) = Recreate(record);
            if (scenario is null)
            {
                TryWrite(() => _repository.UpdateSimulation(record.Id, UncertaintyAnalysisStatus.Failed, record.DrawsDone, null, _clock.GetCurrentInstant(), reason));
                continue;
            }

            TryWrite(() => _repository.UpdateSimulation(record.Id, UncertaintyAnalysisStatus.Waiting, 0, null, null));
            Enqueue(record.Id, record.ScenarioId, scenario, settings!);
        }

        return taken;
    }

    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Clamp(_limits.LeaseSeconds, 1, 3600));

    private Instant LeaseEnd() => _clock.GetCurrentInstant() + Duration.FromTimeSpan(Lease);

    // Room for analyses claimed from the store: the local ones that have not ended count against MaxConcurrent.
    private int FreeSlots() => Math.Max(0, Math.Max(1, _limits.MaxConcurrent) - _jobs.Values.Count(j => j.Final is null));

    /// <summary>
    /// Renews the lease of every analysis this instance holds; one whose lease it lost (cancelled through another
    /// instance, or taken over after a pause longer than the lease) is stopped here without writing anything.
    /// </summary>
    private void RenewLeases()
    {
        foreach (var job in _jobs.Values.Where(j => j.Final is null))
        {
            if (TryWrite(() => _repository.RenewSimulationLease(job.Id, _owner, LeaseEnd()), whenFailed: true))
            {
                continue;
            }

            job.Lost = true;
            job.Cancellation.Cancel();
            _jobs.TryRemove(job.Id, out _);
            LogLost(_logger, job.Id);
        }
    }

    /// <summary>The scenario (its copy in the analysis) and settings of a stored analysis, checked again; or why it cannot be resumed.</summary>
    private (ScenarioDefinition? Scenario, UncertaintyAnalysisSettings? Settings, string? Reason) Recreate(SimulationRecord record)
    {
        const string Restart = " Start de analyse opnieuw.";
        const string NoLongerValid = "Het scenario is met de parameters die nu gelden niet meer geldig; de analyse is na een herstart van de dienst niet hervat." + Restart;
        try
        {
            var validated = _store.Definition(record.InputJson);
            if (!validated.IsValid)
            {
                return (null, null, NoLongerValid);
            }

            var scenario = validated.Value;
            if (record.EngineVersion != ScenarioEngine.Version || record.ParameterVersion != scenario.Catalogue.Version || record.InputHash != scenario.InputHash)
            {
                return (null, null, $"De dienst rekent sinds de herstart met engineversie {ScenarioEngine.Version} en parameterversie {scenario.Catalogue.Version}; de analyse is gevraagd met {record.EngineVersion} en {record.ParameterVersion} en is niet hervat." + Restart);
            }

            var settings = Settings(JsonSerializer.Deserialize<CreateUncertaintyAnalysisRequest>(record.SettingsJson, _store.Json)!);
            settings.Resolve(scenario);
            return (scenario, settings, null);
        }
        catch (Exception e) when (e is ScenarioValidationException or JsonException)
        {
            // A copy from before the copies were kept may be empty ('{}', its scenario was gone): it cannot be resumed either.
            return (null, null, NoLongerValid);
        }
    }
}
