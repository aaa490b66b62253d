;;; ormb-assist.el --- ORMB Assist language server through eglot  -*- lexical-binding: t; -*-

;; Usage (init.el):
;;
;;   (add-to-list 'load-path "/path/to/ormb-assist/editors/emacs")
;;   (require 'ormb-assist)
;;   (setq ormb-assist-server-command '("ormb-assist" "serve"))   ; or ("python3" "-m" "ormb_assist.server")
;;   (setq ormb-assist-settings '(:backend "embedded"))          ; the ormbAssist.* server settings
;;   (add-hook 'java-mode-hook #'eglot-ensure)
;;
;; Works with eglot 1.9 (Debian's elpa-eglot on Emacs 28) and the eglot built into Emacs 29+.
;; Settings go as initializationOptions and answer workspace/configuration for "ormbAssist"; the
;; server's `ormbAssist/status' notifications feed `ormb-assist-last-status' and the mode line.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'jsonrpc)

(defgroup ormb-assist nil
  "ORMB Assist language server."
  :group 'tools)

(defcustom ormb-assist-server-command '("ormb-assist" "serve")
  "Command that starts the ORMB Assist language server on stdio."
  :type '(repeat string))

(defcustom ormb-assist-settings '(:backend "embedded")
  "Server settings: a plist of the `ormbAssist.*' keys (camelCase).
For example (:backend \"openai\" :endpoint \"http://localhost:8000/v1\")."
  :type 'plist)

(defcustom ormb-assist-modes '(java-mode sql-mode)
  "Major modes served by ORMB Assist."
  :type '(repeat symbol))

(defcustom ormb-assist-root-markers
  '("lib/*.jar" "db/*.sql" "db/*.ddl" ".ormb-assist/meta.json" "src"
    ".git" ".project" "pom.xml" "build.xml" "build.gradle")
  "Globs that mark the ORMB workspace root.
The nearest folder upwards matching a marker that names jars or DDL wins,
else the nearest matching any other marker (the server's rootMarkers rule),
so a stray index in a source folder does not pin the root."
  :type '(repeat string))

(defcustom ormb-assist-request-timeout 600
  "Seconds to wait for a server command.
Generation resolves, writes and compiles a class: allow minutes."
  :type 'integer)

(defvar ormb-assist-last-status nil
  "Plist of the last `ormbAssist/status' notification.")

(defvar ormb-assist-status-hook nil
  "Run after each `ormbAssist/status' notification.")

(defclass ormb-assist-server (eglot-lsp-server) ()
  :documentation "The ORMB Assist language server.")

(defun ormb-assist--contact (&optional _interactive)
  "Eglot contact: our server class and `ormb-assist-server-command'."
  (unless (executable-find (car ormb-assist-server-command))
    (user-error "ORMB Assist: `%s' not found; install the server (from a clone: pip install -e /path/to/ormb-assist) or set `ormb-assist-server-command'"
                (car ormb-assist-server-command)))
  (cons 'ormb-assist-server ormb-assist-server-command))

(defun ormb-assist--content-marker-p (marker)
  "Non-nil when MARKER names jars or DDL."
  (string-match-p "\\.\\(jar\\|sql\\|ddl\\)\\'" (downcase marker)))

(defun ormb-assist--matches-p (dir marker)
  "Non-nil when DIR holds something matching the glob MARKER."
  (if (string-match-p "[*?[]" marker)
      (file-expand-wildcards (expand-file-name marker dir))
    (file-exists-p (expand-file-name marker dir))))

(defun ormb-assist--find-root (dir markers)
  "The ORMB workspace root above DIR for MARKERS, or nil.
Jar and DDL markers first, then the others; never the home folder or /."
  (let ((home (file-name-as-directory (expand-file-name "~")))
        (start (file-name-as-directory (expand-file-name dir)))
        (found nil)
        (weak nil))
    (let ((current start))
      (while (and current (not found))
        (let ((parent (file-name-directory (directory-file-name current))))
          (unless (or (equal parent current) (and (equal current home) (not (equal start home))))
            (when (cl-some (lambda (m) (and (ormb-assist--content-marker-p m) (ormb-assist--matches-p current m)))
                           markers)
              (setq found current))
            (when (and (not weak)
                       (cl-some (lambda (m) (and (not (ormb-assist--content-marker-p m))
                                                 (ormb-assist--matches-p current m)))
                                markers))
              (setq weak current)))
          (setq current (unless (equal parent current) parent)))))
    (or found weak)))

(defun ormb-assist--project-find (dir)
  "A transient project at the ORMB workspace root above DIR (`ormb-assist-root-markers').
Only for the modes ORMB Assist serves, so other projects keep their own detection."
  (when (apply #'derived-mode-p ormb-assist-modes)
    (let ((root (ormb-assist--find-root dir ormb-assist-root-markers)))
      (and root (cons 'transient (expand-file-name root))))))

;; before project.el's VC backend: a workspace without .git inside a larger repository still
;; roots at the folder with the jars and DDL
(add-hook 'project-find-functions #'ormb-assist--project-find -90)

(cl-defmethod eglot-execute-command ((server ormb-assist-server) command arguments)
  "Run COMMAND with ARGUMENTS on SERVER.
Waits up to `ormb-assist-request-timeout' seconds."
  (jsonrpc-request server :workspace/executeCommand
                   `(:command ,(format "%s" command) :arguments ,arguments)
                   :timeout ormb-assist-request-timeout))

(cl-defmethod eglot-initialization-options ((_server ormb-assist-server))
  (list :ormbAssist ormb-assist-settings))

(cl-defmethod eglot-client-capabilities ((_server ormb-assist-server))
  "Eglot's capabilities plus `create' resource operations (this file applies them)."
  (let* ((caps (cl-call-next-method))
         (workspace (plist-get caps :workspace))
         (edit (plist-get workspace :workspaceEdit)))
    (plist-put caps :workspace
               (plist-put workspace :workspaceEdit
                          (plist-put (copy-sequence edit) :resourceOperations ["create"])))))

(cl-defmethod eglot-handle-notification ((_server ormb-assist-server) (_method (eql ormbAssist/status))
                                         &rest params)
  (setq ormb-assist-last-status params)
  (run-hooks 'ormb-assist-status-hook)
  (force-mode-line-update t))

(cl-defmethod eglot-handle-request ((_server ormb-assist-server) (_method (eql workspace/configuration))
                                    &key items)
  (apply #'vector
         (mapcar (lambda (item)
                   (if (equal (plist-get item :section) "ormbAssist")
                       (or ormb-assist-settings eglot--{})
                     nil))
                 items)))

(defun ormb-assist--create-files (document-changes)
  "Create the files of the CreateFile entries in DOCUMENT-CHANGES.
Return the other entries."
  (cl-loop for change across document-changes
           if (equal (plist-get change :kind) "create")
           do (let ((path (eglot--uri-to-path (plist-get change :uri))))
                (unless (file-exists-p path)
                  (make-directory (file-name-directory path) t)
                  (write-region "" nil path nil 'silent)))
           else collect change))

(cl-defmethod eglot-handle-request ((_server ormb-assist-server) (_method (eql workspace/applyEdit))
                                   &key _label edit)
  "Apply EDIT, creating new files first.
\"Generate ORMB algorithm\" sends a CreateFile for the new class."
  (let* ((changes (plist-get edit :documentChanges))
         (rest (if changes (ormb-assist--create-files changes) nil))
         (edit (if changes (plist-put (copy-sequence edit) :documentChanges (vconcat rest)) edit)))
    ;; the new files are visited so that eglot applies the text without asking
    (cl-loop for change in rest
             do (find-file-noselect
                 (eglot--uri-to-path (plist-get (plist-get change :textDocument) :uri))))
    (eglot--apply-workspace-edit edit nil)
    `(:applied t)))

(defun ormb-assist-mode-line ()
  "Short status text, e.g. \"ORMB indexing 40%\" or \"ORMB ready\"."
  (let ((s ormb-assist-last-status))
    (cond ((null s) "")
          ((equal (plist-get s :state) "indexing")
           (if (numberp (plist-get s :percent))
               (format "ORMB indexing %d%%" (plist-get s :percent))
             "ORMB indexing"))
          ((eq (plist-get (plist-get s :backend) :ok) :json-false) "ORMB backend down")
          (t (format "ORMB %s" (plist-get s :state))))))

(defun ormb-assist--execute (command &rest arguments)
  "Run server COMMAND with ARGUMENTS and show its message."
  (let ((result (eglot-execute-command (eglot--current-server-or-lose) command (vconcat arguments))))
    (message "ORMB Assist: %s" (or (plist-get result :message) result))
    result))

(defun ormb-assist-generate (objective)
  "Generate an ORMB algorithm class for OBJECTIVE."
  (interactive "sWhat should the algorithm do? ")
  (ormb-assist--execute "ormbAssist.generateAlgorithm"
                        (list :objective objective :uri (eglot--path-to-uri buffer-file-name))))

(defun ormb-assist-reindex (&optional full)
  "Re-index the workspace (prefix argument: FULL rebuild)."
  (interactive "P")
  (ormb-assist--execute "ormbAssist.reindex" (list :full (if full t :json-false))))

(defun ormb-assist-show-resolved-dependencies (objective)
  "Show the SPOT, tables and examples resolved for OBJECTIVE."
  (interactive "sObjective: ")
  (let ((result (ormb-assist--execute "ormbAssist.showResolvedDependencies"
                                      (list :objective objective
                                            :uri (eglot--path-to-uri buffer-file-name)))))
    (with-current-buffer (get-buffer-create "*ORMB dependencies*")
      (erase-buffer)
      (insert (pp-to-string result))
      (display-buffer (current-buffer)))))

(dolist (mode ormb-assist-modes)
  (setq eglot-server-programs (cons (cons mode #'ormb-assist--contact)
                                    (assq-delete-all mode eglot-server-programs))))

(provide 'ormb-assist)
;;; ormb-assist.el ends here
