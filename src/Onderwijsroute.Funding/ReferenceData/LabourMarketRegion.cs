namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>An arbeidsmarktregio (Dutch: <em>arbeidsmarktregio</em>) with its centrumgemeente and member gemeenten.</summary>
/// <param name="Code">The CBS code, e.g. <c>AM18</c>.</param>
/// <param name="Name">The CBS name.</param>
/// <param name="CentralMunicipality">The centrumgemeente (Dutch: <em>centrumgemeente</em>) that coordinates the region.</param>
/// <param name="CentralMunicipalitySource">Where the centrumgemeente designation comes from.</param>
/// <param name="Members">The member gemeenten, ordered by code.</param>
public sealed record LabourMarketRegion(RegionCode Code, string Name, MunicipalityCode CentralMunicipality, string CentralMunicipalitySource, IReadOnlyList<MunicipalityCode> Members);
