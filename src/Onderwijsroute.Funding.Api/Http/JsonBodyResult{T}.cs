namespace Onderwijsroute.Funding.Api.Http;

/// <summary>A request body read as JSON: the value and the exact text received, or the problem to answer.</summary>
/// <typeparam name="T">The request type.</typeparam>
internal sealed record JsonBodyResult<T>(T? Value, string Text, IResult? Problem) where T : class;
