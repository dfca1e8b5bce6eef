using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;

namespace NudgeService.Cli.Operators;

/// <summary>nudge erase: everything stored about a user, as their own disconnect does, for a request that reaches operators instead.</summary>
internal static class EraseCommand
{
    public static Command Create()
    {
        var operatorServices = new OperatorServices();
        var command = new Command("erase", "Erase every record of a user (account, token cache, ledger, digests, nudges, choices, schedule), as the disconnect page does.");
        command.Add(operatorServices.User);
        command.Add(operatorServices.Settings);
        operatorServices.SetAccountAction(command, async (services, account, result, cancellationToken) =>
        {
            var userId = account.UserId;
            var erased = await services.GetRequiredService<IUserDataEraser>().EraseAsync(userId, cancellationToken);
            Console.Out.WriteLine($"User {userId}: {erased} records erased. Their consent to the Entra app stays until they remove it (https://myapps.microsoft.com).");
            return 0;
        });
        return command;
    }
}
