/// The blueprints compiled into the binary.
public enum BlueprintCatalog {}
