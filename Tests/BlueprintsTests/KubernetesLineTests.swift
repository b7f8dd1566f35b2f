import HCL
import Testing

@testable import Blueprints
@testable import Scaffold

/// The own-Kubernetes line's validators, each with the fix it suggests.
@Suite struct KubernetesValidationTests {
  func message(_ body: () throws -> String) -> String {
    do {
      return "accepted \(try body())"
    } catch let error as ValidationError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test func hostsAndEndpoints() throws {
    #expect(try KubernetesValidation.host("https://wandb.example.com/") == "https://wandb.example.com")
    #expect(message { try KubernetesValidation.host("wandb.example.com") } == "'wandb.example.com' has no scheme; the W&B URL is 'https://wandb.example.com'")
    #expect(message { try KubernetesValidation.host("https://example.com/wandb") }.contains("has a path"))
    #expect(try KubernetesValidation.bucketEndpoint("minio.example.com:9000") == "minio.example.com:9000")
    #expect(
      message { try KubernetesValidation.bucketEndpoint("http://minio:9000") }
        == "'http://minio:9000' has a scheme; give host:port ('minio:9000') and --no-bucket-tls for a plain-HTTP store")
    #expect(message { try KubernetesValidation.bucketEndpoint("minio:9000/wandb") }.contains("has a path"))
    #expect(throws: ValidationError.self) { try KubernetesValidation.bucketEndpoint("minio:99999") }
    #expect(message { try KubernetesValidation.serverHost("mysql:3306") } == "'mysql:3306' has a port; give the port with its own flag")
  }

  @Test func secretsThatBreakTheURL() throws {
    #expect(try KubernetesValidation.secret("abc%2Fdef+ghi") == "abc%2Fdef+ghi")
    #expect(message { try KubernetesValidation.secret("abc/def") }.contains("'/' as %2F"))
    #expect(message { try KubernetesValidation.secret("p@ss") }.contains("'@' as %40"))
    #expect(message { try KubernetesValidation.secret("100%") }.contains("write '%' itself as %25"))
    #expect(throws: ValidationError.self) { try KubernetesValidation.secret("") }
  }

  @Test func namesOfMySQLAndKubernetes() throws {
    #expect(try KubernetesValidation.mysqlName("wandb_local", maximumLength: 32) == "wandb_local")
    #expect(throws: ValidationError.self) { try KubernetesValidation.mysqlName("wandb-local", maximumLength: 32) }
    #expect(try KubernetesValidation.objectName("openshift-default") == "openshift-default")
    #expect(throws: ValidationError.self) { try KubernetesValidation.objectName("Wandb_TLS") }
    #expect(throws: ValidationError.self) { try KubernetesValidation.namespace(String(repeating: "a", count: 64)) }
    #expect(message { try KubernetesValidation.kubeconfig("a.yaml:b.yaml") }.contains("KUBECONFIG list"))
  }
}

/// The spec rule on configurations calling the helm module.
@Suite struct KubernetesSpecCheckTests {
  func findings(_ global: String, mysql: String = "false", tfvars: String? = nil) throws -> [String] {
    var files = [
      "main.tf": """
        module "wandb" {
          source  = "wandb/wandb/helm"
          version = "4.0.0"
          spec = {
            values = {
              global = {
                bucket = {
        \(global)
                }
              }
              mysql = { install = \(mysql) }
            }
          }
        }

        variable "bucket_endpoint" {
          type = string
        }

        """
    ]
    files["terraform.tfvars"] = tfvars ?? "bucket_endpoint = \"minio:9000\"\n"
    return AWSCheckFixture.locations(try AWSCheckFixture.check(files).filter { $0.rule != .unusedVariable })
  }

  @Test func theInstalledMySQLIsNotYours() throws {
    #expect(try findings("name = var.bucket_endpoint\npath = \"b\"").isEmpty)
    #expect(try findings("name = var.bucket_endpoint\npath = \"b\"", mysql: "true") == ["main.tf:12:27 operator-spec"])
  }

  @Test func theBucketNameIsHostAndPort() throws {
    // Reported where the value is written: in the tfvars file behind var.bucket_endpoint.
    #expect(
      try findings("name = var.bucket_endpoint\npath = \"b\"", tfvars: "bucket_endpoint = \"https://minio:9000\"\n")
        == ["terraform.tfvars:1:19 operator-spec"], "one finding: the answer-value check leaves the place to this rule")
    #expect(try findings("name = \"minio:9000/b\"\npath = \"b\"") == ["main.tf:8:8 operator-spec"])
    #expect(try findings("name = \"minio:9000/b\"\npath = \"\"").isEmpty, "the chart's own test form")
    #expect(try findings("name = \"minio:80\"\npath = \"b?tls=true\"") == ["main.tf:9:8 operator-spec"])
  }
}
