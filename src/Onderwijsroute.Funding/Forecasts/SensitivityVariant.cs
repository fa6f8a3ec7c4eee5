namespace Onderwijsroute.Funding.Forecasts;

/// <summary>One variant of the national count.</summary>
/// <param name="ChangePercent">The change of the national count in percent, e.g. −10 or 25.</param>
/// <param name="NationalCount">The national count: the assumed count × (1 + change), rounded half away from zero, at least the own count.</param>
/// <param name="Definitive">The expected definitive amount with that count.</param>
/// <param name="Shortfall">The year's gap with that definitive amount.</param>
public sealed record SensitivityVariant(int ChangePercent, long NationalCount, Money Definitive, Money Shortfall);
