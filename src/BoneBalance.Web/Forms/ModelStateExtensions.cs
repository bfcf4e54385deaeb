using BoneBalance.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BoneBalance.Web.Forms;

/// <summary>Puts Core's field errors next to the form inputs they belong to.</summary>
internal static class ModelStateExtensions
{
    /// <summary>Adds each error under its input's name (<paramref name="inputFor"/> maps Core's field names to input names;
    /// unmapped fields keep their name).</summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, InvalidInputException exception, IReadOnlyDictionary<string, string>? inputFor = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var error in exception.Errors)
        {
            var key = inputFor is not null && inputFor.TryGetValue(error.Field, out var input) ? input : error.Field;
            modelState.AddModelError(key, error.Message);
        }
    }
}
