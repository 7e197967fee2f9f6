using BuurtBot.Admin.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Wethouder.Pages;

/// <summary>
/// The form behind the initiatief page's "Ter bespreking met de wijkwethouder" section: marks or clears,
/// then back to the initiatief's page with what happened. Only the wijk's coordinators and the beheerders.
/// </summary>
public sealed class BesprekingModel(WethouderBesprekingen besprekingen) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public IActionResult OnGet(Guid id) => Redirect($"/admin/initiatieven/{id}");

    public Task<IActionResult> OnPostMarkAsync(Guid id, string? note, CancellationToken cancellationToken) =>
        RunAsync(id, async me => await besprekingen.MarkAsync(id, note, me, cancellationToken) ?? "Het initiatief staat ter bespreking met de wijkwethouder.");

    public Task<IActionResult> OnPostClearAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, async me =>
        {
            await besprekingen.ClearAsync(id, me, cancellationToken);
            return "Het initiatief staat niet meer ter bespreking met de wijkwethouder.";
        });

    private async Task<IActionResult> RunAsync(Guid id, Func<Coordinator, Task<string>> step)
    {
        try
        {
            Notice = await step(Coordinator.From(User));
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return Redirect($"/admin/initiatieven/{id}#wethouder");
    }
}
