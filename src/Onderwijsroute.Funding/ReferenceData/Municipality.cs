namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>A gemeente (Dutch: <em>gemeente</em>) of the CBS indeling, with its provincie and arbeidsmarktregio.</summary>
public sealed class Municipality
{
    internal Municipality(MunicipalityCode code, string name, string provinceCode, string provinceName, RegionCode regionCode)
    {
        Code = code;
        Name = name;
        ProvinceCode = provinceCode;
        ProvinceName = provinceName;
        RegionCode = regionCode;
    }

    /// <summary>The CBS code, e.g. <c>GM0363</c>.</summary>
    public MunicipalityCode Code { get; }

    /// <summary>The official CBS name of the indeling's year.</summary>
    public string Name { get; }

    /// <summary>The CBS code of the provincie, e.g. <c>PV27</c>.</summary>
    public string ProvinceCode { get; }

    /// <summary>The name of the provincie.</summary>
    public string ProvinceName { get; }

    /// <summary>The arbeidsmarktregio the gemeente belongs to.</summary>
    public RegionCode RegionCode { get; }
}
