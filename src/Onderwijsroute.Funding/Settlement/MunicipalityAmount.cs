namespace Onderwijsroute.Funding.Settlement;

/// <summary>An amount for one gemeente.</summary>
/// <param name="Municipality">The gemeente.</param>
/// <param name="Amount">The amount; a negative one is an input error.</param>
public sealed record MunicipalityAmount(MunicipalityCode Municipality, Money Amount);
