using Interdict.Rules.Loading;
using Interdict.Rules.Model;

namespace Interdict.Cli.Commands.Rules;

/// <summary>Loads the embedded rulebook for the rules commands, turning a refused rulebook into exit code 2.</summary>
static class RulesRuntime
{
    public static bool TryLoad(string regime, out Rulebook? rulebook)
    {
        rulebook = null;
        try
        {
            rulebook = Rulebook.LoadEmbedded(regime);
            return true;
        }
        catch (RulebookException e)
        {
            CliOutput.BadInput(e.Message);
            return false;
        }
    }
}
