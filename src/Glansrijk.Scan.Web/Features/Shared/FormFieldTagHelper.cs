using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Glansrijk.Scan.Web.Features.Shared;

/// <summary>One NL Design System form field: label, optional description, the Dutch error message from the server
/// (linked with aria-describedby and aria-invalid) and the input.
/// <c>&lt;form-field for="Input.Email" label="E-mailadres" type="email" autocomplete="email" /&gt;</c></summary>
[HtmlTargetElement("form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public required string Label { get; set; }

    public string? Description { get; set; }

    /// <summary>text, email, password, tel, url, date, time, number, textarea or select.</summary>
    public string Type { get; set; } = "text";

    /// <summary>The choices when <see cref="Type"/> is "select".</summary>
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>Visible lines of a textarea.</summary>
    public int Rows { get; set; } = 5;

    /// <summary>The first, empty choice of a select ("Kies een domein").</summary>
    public string? Placeholder { get; set; }

    public string? Autocomplete { get; set; }

    /// <summary>Required here although the model does not say so, for a field that is only asked (and then needed) in
    /// some cases; otherwise the model's [Required] decides.</summary>
    public bool? Required { get; set; }

    /// <summary>The keyboard a tablet shows, such as "numeric" for a code.</summary>
    public string? Inputmode { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors : null;
        var invalid = errors is { Count: > 0 };
        var required = Required ?? For.Metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field utrecht-form-field--text" + (invalid ? " utrecht-form-field--invalid" : ""));

        var describedBy = new List<string>();
        var html = output.Content;
        html.AppendHtml("<div class=\"utrecht-form-field__label\">");
        var label = new TagBuilder("label");
        label.AddCssClass("utrecht-form-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        if (!required)
        {
            label.InnerHtml.AppendHtml(" <span class=\"site-optional\">(niet verplicht)</span>");
        }

        html.AppendHtml(label);
        html.AppendHtml("</div>");

        if (Description is not null)
        {
            var description = new TagBuilder("div");
            description.AddCssClass("utrecht-form-field__description utrecht-form-field-description");
            description.Attributes["id"] = id + "-uitleg";
            description.InnerHtml.Append(Description);
            html.AppendHtml(description);
            describedBy.Add(id + "-uitleg");
        }

        if (invalid)
        {
            var error = new TagBuilder("div");
            error.AddCssClass("utrecht-form-field__error-message utrecht-form-field-error-message");
            error.Attributes["id"] = id + "-fout";
            error.InnerHtml.Append(string.Join(" ", errors!.Select(e => e.ErrorMessage)));
            html.AppendHtml(error);
            describedBy.Add(id + "-fout");
        }

        var attributes = new Dictionary<string, object>
        {
            ["class"] = Type switch
            {
                "textarea" => "utrecht-textarea utrecht-textarea--html-textarea",
                "select" => "utrecht-select utrecht-select--html-select",
                _ => "utrecht-textbox utrecht-textbox--html-input",
            },
        };
        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (Inputmode is not null)
        {
            attributes["inputmode"] = Inputmode;
        }

        if (describedBy.Count > 0)
        {
            attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (invalid)
        {
            attributes["aria-invalid"] = "true";
        }

        if (required)
        {
            attributes["aria-required"] = "true";
        }

        var input = Type switch
        {
            "password" => generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, value: null, attributes),
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, Rows, columns: 60, attributes),
            "select" => generator.GenerateSelect(ViewContext, For.ModelExplorer, Placeholder, For.Name, Items ?? [], allowMultiple: false, attributes),
            _ => generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, format: null, WithType(attributes)),
        };

        // The server validates every field and answers in Dutch; the browser's own bubbles would be English.
        input.Attributes.Remove("data-val");
        foreach (var key in input.Attributes.Keys.Where(k => k.StartsWith("data-val", StringComparison.Ordinal)).ToList())
        {
            input.Attributes.Remove(key);
        }

        html.AppendHtml("<div class=\"utrecht-form-field__input\">");
        html.AppendHtml(input);
        html.AppendHtml("</div>");
    }

    private Dictionary<string, object> WithType(Dictionary<string, object> attributes)
    {
        attributes["type"] = Type;
        return attributes;
    }
}
