import Scaffold

/// A bucket of the user's own (the guide's manual setup: compliance, an existing
/// data lake) in place of the one the module creates. Every W&B module then runs
/// W&B on its internal queue: the aws module forces `use_internal_queue` when
/// `bucket_name` is set, and the google module attaches its Pub/Sub notifications
/// only to the bucket it creates itself. So an external queue asked for together
/// with an own bucket is refused with that reason, and one left at its default is
/// turned off.
enum OwnBucket {
  /// Turns question `queue` off when `bucket` is answered; refuses it when it was
  /// asked for explicitly. `why` says what the module does with an own bucket.
  static func resolveQueue(_ a: inout Answers, bucket: String, queue: String, explicit: Set<String>, why: String)
    -> [AnswerProblem]
  {
    guard let name = a.string(bucket), !name.isEmpty, a.isOn(queue) else { return [] }
    if explicit.contains(queue) {
      return [
        AnswerProblem(
          question: queue, source: "--\(queue)",
          message: "--\(queue) with the bucket \(name): \(why); drop --\(queue) (W&B uses its internal queue), or give --\(bucket) '' for the module's own bucket")
      ]
    }
    a.set(queue, "false")
    return []
  }

  /// What the bucket must have before the first apply, as README items; `host` is
  /// the W&B URL (the CORS origin), `access` what grants the nodes access.
  static func requirements(bucket: String, host: String, encryption: String, access: String) -> [String] {
    [
      "Your bucket `\(bucket)` must exist before `terraform plan` (the module reads it), and allow CORS from "
        + "`\(host)` for the methods `GET`, `PUT` and `HEAD` with any header (`*`): browsers upload and download "
        + "files with presigned URLs.",
      "Encryption: \(encryption).",
      "Access: \(access).",
    ]
  }
}
