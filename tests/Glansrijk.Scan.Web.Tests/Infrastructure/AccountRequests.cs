namespace Glansrijk.Scan.Web.Tests.Infrastructure;

public static class AccountRequests
{
    /// <summary>Sends the public request form with complete, valid answers; <paramref name="change"/> spoils one.</summary>
    public static async Task<HttpResponseMessage> RequestAccountAsync(this HttpClient client, string email, Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Ilse de Boer",
            ["Input.Organisation"] = "Praktijkschool De Brug",
            ["Input.Function"] = "Teamleider",
            ["Input.DomainId"] = "onderwijs",
            ["Input.Email"] = email,
            ["Input.Reason"] = "Wij willen in de regio Rivierenland een scan doen met gemeente, UWV en werkgevers.",
        };
        change?.Invoke(fields);
        return await client.PostFormAsync("/account-aanvragen", fields);
    }

    /// <summary>Posts the Beheerder's approve or reject form for a request.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid requestId, string handler, string? reason = null)
    {
        var fields = new Dictionary<string, string>();
        if (reason is not null)
        {
            fields["RejectionReason"] = reason;
        }

        return await client.PostFormAsync($"/beheer/aanvragen/{requestId}?handler={handler}", fields, formPage: $"/beheer/aanvragen/{requestId}");
    }
}
