namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>A gemeente (Dutch: <em>gemeente</em>) of the CBS indeling, with its provincie and arbeidsmarktregio.</summary>
/// <param name="Code">The CBS code, e.g. <c>GM0363</c>.</param>
/// <param name="Name">The official CBS name of the indeling's year.</param>
/// <param name="ProvinceCode">The CBS code of the provincie, e.g. <c>PV27</c>.</param>
/// <param name="ProvinceName">The name of the provincie.</param>
/// <param name="RegionCode">The arbeidsmarktregio the gemeente belongs to.</param>
public sealed record Municipality(MunicipalityCode Code, string Name, string ProvinceCode, string ProvinceName, RegionCode RegionCode);
