namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The level a participant is prepared for (Dutch: <em>niveau</em>): the seven onderwijsroute levels, plus the
/// B1-Entree route, which is no onderwijsroute (a B1-route variant towards an Entree course) but is bought alongside it.
/// </summary>
public enum EducationLevel
{
    /// <summary>mbo level 2 (<c>mbo2</c>).</summary>
    Mbo2,

    /// <summary>mbo level 3 (<c>mbo3</c>).</summary>
    Mbo3,

    /// <summary>mbo level 4 (<c>mbo4</c>).</summary>
    Mbo4,

    /// <summary>hbo, profile MEI (<c>hbo-mei</c>).</summary>
    HboMei,

    /// <summary>hbo, profile NTG (<c>hbo-ntg</c>).</summary>
    HboNtg,

    /// <summary>wo, profile MEI (<c>wo-mei</c>).</summary>
    WoMei,

    /// <summary>wo, profile NTG (<c>wo-ntg</c>).</summary>
    WoNtg,

    /// <summary>The B1-Entree route (<c>b1-entree</c>): not an onderwijsroute, so no onderwijsroute count or supplement.</summary>
    B1Entree,
}
