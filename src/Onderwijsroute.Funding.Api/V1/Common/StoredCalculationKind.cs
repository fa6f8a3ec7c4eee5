namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>A kind of stored calculation as the API serves it: its collection, tag and Dutch name, from which its routes are named.</summary>
/// <param name="Kind">The stored kind (<see cref="CalculationKinds"/>).</param>
/// <param name="Path">The collection path, e.g. <c>/v1/voorschotberekeningen</c>.</param>
/// <param name="Tag">The OpenAPI tag.</param>
/// <param name="Singular">One calculation in Dutch, e.g. <c>voorschotberekening</c>.</param>
/// <param name="Plural">The collection in Dutch, e.g. <c>voorschotberekeningen</c>.</param>
internal sealed record StoredCalculationKind(string Kind, string Path, string Tag, string Singular, string Plural)
{
    /// <summary>The query key that stores a calculation or only answers it.</summary>
    public const string StoreKey = "opslaan";

    /// <summary>The contract's description of <see cref="StoreKey"/> (the POST's handler is shared, so its XML doc cannot name the kind).</summary>
    public string StoreDescription => $"Optioneel, standaard true: met false wordt de {Singular} alleen berekend en beantwoord (200, id null, geen Location) en niet vastgelegd.";
}
