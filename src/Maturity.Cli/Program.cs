using System;
using Maturity.Cli;

return MaturityCommand.Run(args, Console.Out, Console.Error);
