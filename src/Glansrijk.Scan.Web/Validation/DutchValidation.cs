using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Glansrijk.Scan.Web.Validation;

/// <summary>Every message that model binding or a validation attribute can put on a form is Dutch. Forms set their own
/// messages where they can say more; these are the defaults for everything else (a value that cannot be read, a
/// field with a bare <c>[StringLength(320)]</c>, the implicit "required" of a non-nullable property). They never name
/// the property, because its C# name means nothing to the person filling in the form.</summary>
public static class DutchValidation
{
    public const string Required = "Vul dit veld in.";
    public const string NotValid = "Deze waarde is hier niet geldig.";
    public const string NotANumber = "Vul hier een getal in.";

    public static WebApplicationBuilder AddDutchValidation(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MvcOptions>(options =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetMissingBindRequiredValueAccessor(_ => Required);
            messages.SetMissingKeyOrValueAccessor(() => Required);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg verstuurd. Vul het in en verstuur het opnieuw.");
            messages.SetValueMustNotBeNullAccessor(_ => Required);
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"‘{value}’ is hier geen geldige waarde.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"‘{value}’ is hier geen geldige waarde.");
            messages.SetUnknownValueIsInvalidAccessor(_ => NotValid);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => NotValid);
            messages.SetValueIsInvalidAccessor(value => string.IsNullOrEmpty(value) ? Required : $"‘{value}’ is hier geen geldige waarde.");
            messages.SetValueMustBeANumberAccessor(_ => NotANumber);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => NotANumber);
            options.ModelMetadataDetailsProviders.Add(new DutchAttributeMessages());
        });
        return builder;
    }

    /// <summary>The default message for a validation attribute that has none of its own, in the attribute's format
    /// (<c>{1}</c>, <c>{2}</c> are its limits).</summary>
    public static string DefaultMessage(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => Required,
        StringLengthAttribute { MinimumLength: > 0 } => "Gebruik ten minste {2} en hoogstens {1} tekens.",
        StringLengthAttribute or MaxLengthAttribute => "Gebruik hoogstens {1} tekens.",
        MinLengthAttribute => "Gebruik ten minste {1} tekens.",
        RangeAttribute => "Vul een waarde in van {1} tot en met {2}.",
        EmailAddressAttribute => "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.",
        UrlAttribute => "Vul een geldig webadres in, dat begint met https://.",
        PhoneAttribute => "Vul een geldig telefoonnummer in.",
        CompareAttribute => "De twee velden zijn niet gelijk.",
        RegularExpressionAttribute => "Deze invoer heeft niet de goede vorm.",
        _ => NotValid,
    };

    /// <summary>Runs after the data-annotations provider, so it also sees the implicit <see cref="RequiredAttribute"/>
    /// that provider adds for non-nullable properties.</summary>
    private sealed class DutchAttributeMessages : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
            {
                if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null && attribute.ErrorMessageResourceType is null)
                {
                    attribute.ErrorMessage = DefaultMessage(attribute);
                }
            }
        }
    }
}
