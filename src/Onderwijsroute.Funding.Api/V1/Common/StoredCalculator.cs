namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// What one kind of stored calculation (advances, settlements) computes with: how its body reads into the domain's
/// request, the domain's check and calculation, the explanation of a result (for its parameter version) and the
/// response. <see cref="StoredCalculations"/> does the rest the same for every kind, against the parameters and
/// reference data the service runs with.
/// </summary>
/// <typeparam name="TBody">The request body type.</typeparam>
/// <typeparam name="TRequest">The domain's request type.</typeparam>
/// <typeparam name="TResult">The domain's result type.</typeparam>
/// <typeparam name="TResponse">The response type.</typeparam>
/// <param name="Read">Reads the body into the domain's request, adding every shape error.</param>
/// <param name="Validate">The domain's check alone.</param>
/// <param name="Calculate">The domain's calculation.</param>
/// <param name="ExplanationOf">The explanation of a result, for its parameter version.</param>
/// <param name="Respond">Builds the response from the new id (null when not stored), the calculation time and the result.</param>
internal sealed record StoredCalculator<TBody, TRequest, TResult, TResponse>(
    Func<TBody, InputErrorsBuilder, TRequest?> Read,
    Func<ParameterCatalogue, ReferenceDataSet, TRequest, InputErrors> Validate,
    Func<ParameterCatalogue, ReferenceDataSet, TRequest, Validated<TResult>> Calculate,
    Func<TResult, Explanation> ExplanationOf,
    Func<string?, DateTimeOffset, TResult, TResponse> Respond)
    where TBody : class
    where TRequest : class;
