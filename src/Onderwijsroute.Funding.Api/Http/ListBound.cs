namespace Onderwijsroute.Funding.Api.Http;

/// <summary>A bound on a request list that follows from the reference data rather than a fixed number.</summary>
internal enum ListBound
{
    /// <summary>At most one line per gemeente of the indeling (a longer list must repeat a code or name an unknown one).</summary>
    OnePerMunicipality,

    /// <summary>At most one line per arbeidsmarktregio.</summary>
    OnePerRegion,
}
