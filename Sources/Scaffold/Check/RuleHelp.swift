/// What a check rule is about, in the three texts SARIF asks of every rule
/// (`shortDescription`, `fullDescription`, `help`; GitHub code scanning shows
/// them beside each alert, each at most 1024 characters).
///
/// ``generic`` holds the texts of the rules defined here; a module line keeps
/// its rules' texts beside their definitions, and the `Blueprints` catalogue
/// merges them all.
public struct RuleHelp: Sendable, Equatable {
  /// One line: what the rule finds.
  public var short: String
  /// Why it matters: what Terraform or the module does with it.
  public var full: String
  /// What to do about it.
  public var help: String

  /// The three texts.
  public init(_ short: String, _ full: String, _ help: String) {
    self.short = short
    self.full = full
    self.help = help
  }

  /// The texts of a rule nobody described: generic, never empty (GitHub
  /// rejects an empty required text).
  public static func fallback(_ rule: Finding.Rule) -> RuleHelp {
    RuleHelp(
      "wbscaffold check rule \(rule.rawValue).", "A finding of the wbscaffold check rule \(rule.rawValue).",
      "Read the finding's message and hint; run 'wbscaffold check' locally for the full text.")
  }

  /// The rules of `Scaffold`: the catalogue-driven checks and `upgrade`'s findings.
  public static let generic: [Finding.Rule: RuleHelp] = [
    .syntaxError: RuleHelp(
      "A file does not parse as HCL.", "Terraform refuses a configuration with a syntax error in any of its files.",
      "Fix the syntax at the position shown; 'wbscaffold fmt' and 'terraform fmt' report the same errors."),
    .unsupportedFile: RuleHelp(
      "A JSON-syntax Terraform file that check cannot read.",
      "Files in JSON syntax (*.tf.json, *.tfvars.json) are part of the configuration, but wbscaffold check reads HCL only, so what they declare or set is not checked.",
      "Write the file in HCL syntax, or check its contents with 'terraform validate'."),
    .undeclaredTfvarsKey: RuleHelp(
      "A tfvars key that no variable block declares.",
      "Terraform warns about, and ignores, a value for an undeclared variable: the setting you meant to make has no effect, often because of a typo.",
      "Rename the key to the variable it is meant for (the hint suggests one), or declare the variable."),
    .nonConstantTfvarsValue: RuleHelp(
      "A tfvars value that uses variables or function calls.", "Terraform accepts only constant values in variable files.",
      "Write the value as a literal, or compute it in a locals block in the configuration."),
    .blockInTfvars: RuleHelp(
      "A block in a tfvars file.", "Variable files hold only assignments (name = value); Terraform rejects a block in them.",
      "Write the block's contents as an object value: name = { key = value }."),
    .undeclaredVariable: RuleHelp(
      "A var.NAME reference to a variable that is not declared.",
      "Terraform fails with 'Reference to undeclared input variable' when a configuration refers to a variable no variable block declares.",
      "Declare the variable, or correct the name (the hint suggests one)."),
    .missingVariableValue: RuleHelp(
      "A variable with no default and no value.",
      "A variable without a default, a tfvars value or a TF_VAR_ environment value makes terraform plan prompt for it, or fail when it cannot prompt.",
      "Set it in terraform.tfvars (a secret in secrets.auto.tfvars or as TF_VAR_name), or give the variable a default."),
    .tfvarsTypeMismatch: RuleHelp(
      "A tfvars value that does not fit the variable's type.",
      "Terraform converts a value to the variable's declared type and fails when it cannot.",
      "Change the value to the declared type, or correct the variable's type."),
    .invalidTypeConstraint: RuleHelp(
      "A type expression Terraform does not accept.", "Terraform rejects a variable whose type is not a valid type constraint.",
      "Use a primitive (string, number, bool, any) or a collection or structural type such as list(string) or object({ name = string })."),
    .invalidDefault: RuleHelp(
      "A variable default that does not fit the variable's type.", "Terraform rejects a variable whose default cannot be converted to its type.",
      "Change the default or the type so that they agree."),
    .duplicateVariable: RuleHelp(
      "A variable declared twice.", "Terraform rejects a configuration that declares one variable name in two variable blocks.",
      "Remove one of the declarations, or merge them."),
    .duplicateModule: RuleHelp(
      "A module block name used twice.", "Terraform rejects two module blocks with one name.", "Rename or remove one of the module blocks."),
    .duplicateBlock: RuleHelp(
      "A resource, data source, output or provider configuration declared twice.",
      "Terraform rejects two blocks with the same address, and two default configurations of one provider.",
      "Remove or rename one of them (give an extra provider configuration an alias)."),
    .countAndForEach: RuleHelp(
      "A block that sets both count and for_each.", "Terraform rejects a block that sets both meta-arguments.", "Keep one of count and for_each."),
    .unusedVariable: RuleHelp(
      "A variable declared and never referenced.", "An unused variable suggests a value that was meant to reach a module and does not.",
      "Pass it where it was meant to go, or remove the variable and its values."),
    .unpinnedModule: RuleHelp(
      "A W&B module without a version argument.",
      "Without a version, terraform init takes the newest release, and a new major release can change or remove inputs under you.",
      "Pin the module to the release line you tested, such as version = \"~> 8.0\"."),
    .invalidModuleVersion: RuleHelp(
      "A module version constraint that does not parse or matches no release.",
      "terraform init fails when a module's version constraint is invalid or no published release meets it.",
      "Write a constraint that a published release meets; the message lists the nearest releases."),
    .interfaceNotRecorded: RuleHelp(
      "A module release whose inputs wbscaffold does not know.",
      "The arguments of a call to a release without a recorded interface are not checked.",
      "Pin a release wbscaffold knows, or update wbscaffold."),
    .unknownModuleArgument: RuleHelp(
      "A module argument that is not an input of the resolved release.",
      "Terraform rejects an argument a module does not declare ('Unsupported argument'); inputs are often renamed or removed between releases.",
      "Remove or rename the argument (the hint suggests the input meant), or pin the release that has it."),
    .missingModuleInput: RuleHelp(
      "A required module input that the module block does not set.",
      "Terraform rejects a module call that leaves a required input (one without a default) unset.", "Set the input in the module block."),
    .moduleArgumentTrap: RuleHelp(
      "A module input set in a way known to be a mistake.",
      "The module accepts the value, but the deployment it produces does not work as intended; the message says why.",
      "Change the value as the hint describes."),
    .moduleArgumentType: RuleHelp(
      "A module argument whose value or variable type does not fit the input's type.",
      "Terraform fails when a module argument cannot be converted to the input's declared type.",
      "Pass a value of the input's type, or change the type of the variable passed."),
    .moduleArgumentValue: RuleHelp(
      "A module argument value the module rejects or changes.",
      "The value has the right type, but the module's validation rules reject it at plan time, or the module silently replaces it.",
      "Use a value the module accepts; the message gives the rule."),
    .blockInModule: RuleHelp(
      "A nested block inside a module block.", "A module block takes arguments and meta-arguments only; Terraform rejects other nested blocks.",
      "Pass the values as an argument with an object value instead."),
    .unknownModuleOutput: RuleHelp(
      "A module.NAME.ATTR reference to an output the resolved release does not have.",
      "Terraform fails with 'Unsupported attribute' when the called release has no such output; outputs are renamed or removed between releases.",
      "Use an output the release has (the hint suggests one), or pin the release that has it."),
    .conflictingRequirement: RuleHelp(
      "A root Terraform or provider constraint that the called module refuses.",
      "terraform init fails when no version meets both the root module's constraint and a called module's.",
      "Widen or change the root constraint to one the module accepts; the message gives the module's constraint."),
    .admitsIncompatibleRelease: RuleHelp(
      "A module version constraint that admits a release the call does not fit.",
      "A later terraform init may pick that release, and the call then fails or changes behaviour.",
      "Tighten the constraint to the releases the call fits, or change the call."),
    .installedRelease: RuleHelp(
      "The release installed in .terraform/modules that the call was checked against.",
      "check reads the release terraform init installed; when the constraint no longer admits it, the next init changes the release.",
      "Run terraform init -upgrade after changing a module's version constraint."),
    .majorUpgrade: RuleHelp(
      "Crossing a major release of a module.", "A major release of a W&B module requires changes of the caller; the notes list them.",
      "Make the listed changes before applying."),
    .downgrade: RuleHelp(
      "Moving W&B Server or a module to an older release.",
      "An older module release can replace or destroy resources the newer one created, and W&B Server's database is not migrated back.",
      "Read terraform plan for destroyed or replaced resources before applying."),
    .wandbVersionLatest: RuleHelp(
      "wandb_version set to latest, or pinned where it was latest.",
      "With latest, the W&B Server release changes whenever the deployment is recreated, not when you decide.",
      "Pin wandb_version to a release."),
    .unusedWandbVersion: RuleHelp(
      "A wandb_version that no module reads.", "The value has no effect: no module block reads var.wandb_version.",
      "Remove the value, or pass var.wandb_version to the module meant to use it."),
    .preOperatorModule: RuleHelp(
      "A module call of the pre-operator line.", "The operator-era releases of the W&B modules removed this module.",
      "Follow the module's upgrade guide to move to the operator-era layout."),
    .errorsLeft: RuleHelp(
      "Errors an allowed change leaves for you to fix.",
      "The major move or downgrade was made, but it leaves errors the configuration did not have before (an input only the target release has, an output it no longer has).",
      "Fix the listed errors, run wbscaffold check, then terraform plan."),
    .ignoreWithoutReason: RuleHelp(
      "A wbscaffold:ignore comment without a rule or a reason.",
      "An ignore comment must say which rule it silences and why the team keeps the finding; without them it silences nothing.",
      "Write # wbscaffold:ignore RULE reason on the line before the finding (or after it, on the same line)."),
    .planDestroysData: RuleHelp(
      "A saved plan destroys or replaces a resource that holds data.",
      "Applying the plan deletes a database, a bucket and its objects, a key or a cache with persistence; what it held is gone unless you have a backup.",
      "Do not apply this plan unless the data is backed up and meant to go; find the changed input or the missing moved block that causes it."),
    .planReplaces: RuleHelp(
      "A saved plan replaces a resource whose replacement interrupts W&B.",
      "Replacing a Kubernetes cluster, for example, takes W&B Server down and recreates what runs in it.",
      "Make sure the replacement is intended and planned for a maintenance window."),
    .planExpectedReplacement: RuleHelp(
      "A replacement the current upgrade step is expected to make.",
      "Some major moves of a module replace resources by design, such as the Kubernetes node groups of a cluster module's new major.",
      "Check the notes of the step (capacity and quota), then apply."),
    .planIncomplete: RuleHelp(
      "A saved plan that terraform did not finish.",
      "An errored or incomplete plan does not show everything the apply would change, so its review is not complete either.",
      "Fix the error terraform reported and plan again."),
  ]
}
