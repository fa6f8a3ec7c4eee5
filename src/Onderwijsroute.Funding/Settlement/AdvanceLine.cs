namespace Onderwijsroute.Funding.Settlement;

/// <summary>One recipient's advance (Dutch: <em>voorschotregel</em>); a value made when it is read from the result.</summary>
/// <param name="Recipient">The gemeente (or centrumgemeente) code.</param>
/// <param name="RecipientName">Its name.</param>
/// <param name="Region">For a centrumgemeente: the region it receives for; else its own region.</param>
/// <param name="Weight">What it was weighed by: its inhabitants, its region's inhabitants or the given weight.</param>
/// <param name="Advance">The advance.</param>
public readonly record struct AdvanceLine(MunicipalityCode Recipient, string RecipientName, RegionCode Region, long Weight, Money Advance);
