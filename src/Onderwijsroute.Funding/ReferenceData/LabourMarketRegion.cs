namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>An arbeidsmarktregio (Dutch: <em>arbeidsmarktregio</em>) with its centrumgemeente and member gemeenten.</summary>
public sealed class LabourMarketRegion
{
    internal LabourMarketRegion(RegionCode code, string name, MunicipalityCode centralMunicipality, string centralMunicipalitySource, IReadOnlyList<MunicipalityCode> members)
    {
        Code = code;
        Name = name;
        CentralMunicipality = centralMunicipality;
        CentralMunicipalitySource = centralMunicipalitySource;
        Members = members;
    }

    /// <summary>The CBS code, e.g. <c>AM18</c>.</summary>
    public RegionCode Code { get; }

    /// <summary>The CBS name.</summary>
    public string Name { get; }

    /// <summary>The centrumgemeente (Dutch: <em>centrumgemeente</em>) that coordinates the region.</summary>
    public MunicipalityCode CentralMunicipality { get; }

    /// <summary>Where the centrumgemeente designation comes from.</summary>
    public string CentralMunicipalitySource { get; }

    /// <summary>The member gemeenten, ordered by code.</summary>
    public IReadOnlyList<MunicipalityCode> Members { get; }
}
