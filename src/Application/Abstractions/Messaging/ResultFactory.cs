using System.Reflection;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Abstractions.Messaging;

/// <summary>
/// Builds a <typeparamref name="TResult"/> (either <see cref="Result"/> or <see cref="Result{T}"/>) from a
/// behaviour that does not know the value type. The delegates are built once per closed type.
/// </summary>
internal static class ResultFactory<TResult>
{
    public static readonly bool IsResult = typeof(Result).IsAssignableFrom(typeof(TResult));

    /// <summary>The T of Result&lt;T&gt;, or null for a plain Result.</summary>
    public static readonly Type? ValueType =
        typeof(TResult).IsGenericType && typeof(TResult).GetGenericTypeDefinition() == typeof(Result<>)
            ? typeof(TResult).GetGenericArguments()[0]
            : null;

    private static readonly Func<Error, TResult>? FailureFactory = BuildFailure();

    private static readonly Func<object, TResult>? SuccessFactory = BuildSuccess();

    public static TResult Failure(Error error) =>
        FailureFactory is null
            ? throw new InvalidOperationException($"{typeof(TResult).Name} is not a Result.")
            : FailureFactory(error);

    public static TResult Success(object value) =>
        SuccessFactory is null
            ? throw new InvalidOperationException($"{typeof(TResult).Name} is not a Result<T>.")
            : SuccessFactory(value);

    private static Func<Error, TResult>? BuildFailure()
    {
        if (typeof(TResult) == typeof(Result))
        {
            return error => (TResult)(object)Result.Failure(error);
        }

        if (ValueType is null)
        {
            return null;
        }

        var method = typeof(Result).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(Result.Failure) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(ValueType);
        return error => (TResult)method.Invoke(null, [error])!;
    }

    private static Func<object, TResult>? BuildSuccess()
    {
        if (ValueType is null)
        {
            return null;
        }

        var method = typeof(Result).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(Result.Success) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(ValueType);
        return value => (TResult)method.Invoke(null, [value])!;
    }
}
