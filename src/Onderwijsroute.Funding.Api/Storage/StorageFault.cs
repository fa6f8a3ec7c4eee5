using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>A fault of the store the service knows of: its kind and what SQLite or the start-up check said.</summary>
/// <param name="Kind">Full, damaged or unwritable.</param>
/// <param name="Cause">What was observed (an SQLite message or the first problems of <c>quick_check</c>), for the log.</param>
internal sealed record StorageFault(StorageFaultKind Kind, string Cause)
{
    /// <summary>What a client is told (Dutch problem detail): the cause in words and whether trying again helps.</summary>
    public string Detail => Kind switch
    {
        StorageFaultKind.Full => "De opslag van de dienst is vol; de dienst neemt geen wijzigingen aan tot de beheerder ruimte heeft gemaakt. Probeer het later opnieuw.",
        StorageFaultKind.Damaged => "De database van de dienst is beschadigd; de dienst neemt geen wijzigingen aan tot de beheerder haar heeft hersteld.",
        _ => "De database van de dienst kan nu niet schrijven; de dienst neemt geen wijzigingen aan tot de beheerder dat heeft verholpen. Probeer het later opnieuw.",
    };

    /// <summary>Whether the fault can pass without a restart (a full or unwritable store; a damaged one needs a restore).</summary>
    public bool MayPass => Kind != StorageFaultKind.Damaged;
}
