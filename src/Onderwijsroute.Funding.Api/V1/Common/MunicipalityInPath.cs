namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// A gemeente named in a path (<c>/gemeenten/{code}</c>): a malformed code is invalid input (400 naming the path
/// parameter); a well-formed code of no gemeente is a resource that does not exist (404).
/// </summary>
internal static class MunicipalityInPath
{
    /// <summary>The gemeente, or the problem to answer.</summary>
    /// <param name="code">The code as in the path.</param>
    /// <param name="parameter">The path parameter's name.</param>
    /// <param name="data">The reference data.</param>
    public static (Municipality? Municipality, IResult? Problem) Find(string code, string parameter, ReferenceDataSet data)
    {
        if (!MunicipalityCode.TryParse(code, out var parsed))
        {
            return (null, InputProblems.Of(parameter, Shape.NotAMunicipalityCode(code)));
        }

        return data.FindMunicipality(parsed) is { } municipality
            ? (municipality, null)
            : (null, DutchProblems.NotFound($"Gemeente '{code}' komt niet voor in de gemeentelijke indeling {data.Metadata.IndelingYear}."));
    }
}
