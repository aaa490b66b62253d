;;; drive.el --- headless Emacs + eglot driver for tests/test_editor_emacs.py  -*- lexical-binding: t; -*-
;;
;;   ORMB_DRIVE_SPEC=spec.json emacs --batch -Q -l editors/emacs/test/drive.el
;;
;; Loads the shipped editors/emacs/ormb-assist.el, starts the real server through eglot on the spec's
;; workspace, completes inside SQL strings with eglot's completion-at-point, runs the "Generate ORMB
;; algorithm" code action and saves the new file; writes what it saw to the spec's JSON output.

(require 'json)
(require 'cl-lib)
(require 'package)
;; -Q skips package activation: activate installed packages (Debian's elpa-eglot lives in
;; /usr/share/emacs/site-lisp/elpa, which is on Debian's `package-directory-list').
(dolist (dir '("/usr/share/emacs/site-lisp/elpa" "/usr/share/emacs/site-lisp/elpa-src"))
  (when (file-directory-p dir) (add-to-list 'package-directory-list dir t)))
(package-initialize)

(defvar drive-spec (let ((json-array-type 'list)) (json-read-file (getenv "ORMB_DRIVE_SPEC"))))
(defvar drive-out (list (cons 'statuses nil)))

(defun drive-get (key) (alist-get key drive-spec))

(defun drive-put (key value)
  (setf (alist-get key drive-out) value)
  (let ((json-encoding-pretty-print nil))
    (with-temp-file (drive-get 'out) (insert (json-encode drive-out)))))

(defun drive-fail (fmt &rest args)
  (drive-put 'error (apply #'format fmt args))
  (kill-emacs 1))

(defun drive-wait (seconds pred what)
  (let ((deadline (+ (float-time) seconds)))
    (while (not (funcall pred))
      (when (> (float-time) deadline)
        (drive-fail "timed out waiting for %s" what))
      (accept-process-output nil 0.2))))

(defun drive-settings-plist (alist)
  (cl-loop for (k . v) in alist
           append (list (intern (format ":%s" k))
                        (cond ((eq v t) t) ((eq v :json-false) :json-false) (t v)))))

(defun drive-run ()
  (add-to-list 'load-path (drive-get 'config_dir))
  (require 'ormb-assist)
  (setq ormb-assist-server-command (drive-get 'cmd)
        ormb-assist-settings (drive-settings-plist (drive-get 'settings))
        eglot-sync-connect t
        eglot-connect-timeout 120
        ormb-assist-request-timeout (/ (drive-get 'generate_timeout_ms) 1000))
  ;; keep the server's log messages for the test's failure report
  (cl-defmethod eglot-handle-notification :before
    ((_server ormb-assist-server) (_method (eql window/logMessage)) &key _type message)
    (setf (alist-get 'logs drive-out) (append (alist-get 'logs drive-out) (list message))))
  (add-hook 'ormb-assist-status-hook
            (lambda () (push ormb-assist-last-status (alist-get 'statuses drive-out))))
  (find-file (expand-file-name (drive-get 'file) (drive-get 'workspace)))
  (drive-put 'mode (symbol-name major-mode))
  ;; what `M-x eglot' does, without the prompts
  (apply #'eglot (eglot--guess-contact))
  (let ((server (eglot-current-server)))
    (unless server (drive-fail "eglot did not connect"))
    (drive-put 'server_class (symbol-name (eieio-object-class server)))
    (drive-put (quote project_root) (project-root (eglot--project server)))
    (drive-wait (/ (drive-get 'index_timeout_ms) 1000)
                (lambda () (member (plist-get ormb-assist-last-status :state) '("ready" "error")))
                "indexing")
    (unless (equal (plist-get ormb-assist-last-status :state) "ready")
      (drive-fail "indexing failed: %S" ormb-assist-last-status))
    (drive-put 'mode_line (ormb-assist-mode-line))
    ;; completion inside SQL strings, through eglot's completion-at-point
    (goto-char (point-min))
    (unless (search-forward (drive-get 'anchor) nil t) (drive-fail "anchor not found"))
    (forward-line 1)
    (let ((line-start (point)) (probes nil))
      (dolist (probe (drive-get 'probes))
        (goto-char line-start)
        (insert (alist-get 'before probe) (or (alist-get 'after probe) "") "\n")
        (goto-char (+ line-start (length (alist-get 'before probe))))
        (let* ((capf (eglot-completion-at-point))
               (labels (and capf (all-completions (buffer-substring-no-properties (nth 0 capf) (nth 1 capf))
                                                   (nth 2 capf)))))
          (push (list (cons 'name (alist-get 'name probe))
                      (cons 'labels (vconcat (mapcar #'substring-no-properties labels))))
                probes))
        (delete-region line-start (line-beginning-position 2)))
      (drive-put 'probes (vconcat (nreverse probes)))
      ;; "Generate ORMB algorithm": a comment with the objective, then the code action's command
      (goto-char line-start)
      (insert "        // " (drive-get 'objective) "\n")
      (let* ((beg (+ line-start 12))
             (actions (eglot-code-actions beg beg nil nil))
             (action (cl-find-if (lambda (a) (equal (plist-get (plist-get a :command) :command)
                                                    "ormbAssist.generateAlgorithm"))
                                 actions)))
        (drive-put 'actions (vconcat (mapcar (lambda (a) (plist-get a :title)) actions)))
        (delete-region line-start (line-beginning-position 2))
        (unless action (drive-fail "no Generate ORMB algorithm code action"))
        (let* ((cmd (plist-get action :command))
               (result (eglot-execute-command server (intern (plist-get cmd :command))
                                              (plist-get cmd :arguments)))
               (path (eglot--uri-to-path (plist-get result :uri))))
          (drive-put 'generate result)
          (drive-put 'generated_path path)
          (let ((buffer (find-buffer-visiting path)))
            (unless buffer (drive-fail "the generated file is not open: %s" path))
            (with-current-buffer buffer (save-buffer)))))
      (set-buffer-modified-p nil))
    (drive-put 'ok t)
    (ignore-errors (eglot-shutdown server))
    (kill-emacs 0)))

(condition-case err
    (drive-run)
  (error (drive-fail "%S" err)))
