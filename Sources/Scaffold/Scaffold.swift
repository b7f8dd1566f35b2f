/// Pure domain logic of wbscaffold.
public enum ScaffoldModule {}
