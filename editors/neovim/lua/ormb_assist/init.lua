-- ORMB Assist for Neovim: starts `ormb-assist serve` for Java and SQL buffers.
--
--   require('ormb_assist').setup({
--     cmd = { 'ormb-assist', 'serve' },              -- or { '/path/to/python', '-m', 'ormb_assist.server' }
--     settings = { ormbAssist = { backend = 'embedded' } },
--   })
--
-- Uses vim.lsp.start (Neovim 0.8+) and falls back to vim.lsp.start_client + buf_attach_client on 0.7
-- (the version Debian 12 ships). Server settings are the same keys as the VS Code settings
-- (`ormbAssist.*`, camelCase); they go both as initializationOptions and through workspace/configuration.
local M = {}

M.defaults = {
  name = 'ormb-assist',
  cmd = { 'ormb-assist', 'serve' },
  filetypes = { 'java', 'sql' },
  -- the workspace root: the nearest folder upwards matching a marker that names jars or DDL
  -- (framework jars, CI_* DDL), else the nearest matching any other marker (an earlier index, the
  -- folder above `src`, `.git`, Eclipse's `.project`...). The server applies the same rule (its
  -- `rootMarkers` setting) and warns when there is no workspace. Or give root_dir = '/path' or a function(path).
  root_markers = {
    'lib/*.jar', 'db/*.sql', 'db/*.ddl', '.ormb-assist/meta.json', 'src',
    '.git', '.project', 'pom.xml', 'build.gradle', 'build.xml',
  },
  -- buffer-local: omnifunc (<C-x><C-o>) and K = hover, on Neovim 0.7 too
  keymaps = true,
  root_dir = nil,
  settings = { ormbAssist = {} },
  -- called with every `ormbAssist/status` payload ({state, message, percent, backend, ...})
  on_status = nil,
  -- ghost text through vim.lsp.inline_completion where Neovim has it (0.12+); see :h lsp-inline_completion
  inline = true,
  -- extra fields merged into the client config (capabilities, on_attach, ...)
  client = {},
}

M.config = vim.deepcopy(M.defaults)
-- last `ormbAssist/status` payload per client id; `M.statusline()` renders the newest
M.status = {}
local clients_by_root = {} -- 0.7 fallback: reuse one client per root

local function is_dir(path)
  local stat = vim.loop.fs_stat(path)
  return stat ~= nil and stat.type == 'directory'
end

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

local function names_content(marker)
  local m = marker:lower()
  return m:match('%.jar$') or m:match('%.sql$') or m:match('%.ddl$')
end

local function matches(dir, marker)
  if marker:find('[%*%?%[]') then
    return vim.fn.glob(vim.fn.escape(dir, '\\*?[]') .. '/' .. marker) ~= ''
  end
  return exists(dir .. '/' .. marker)
end

--- The workspace root for a path (ormb_assist.workspace_root in the server, same rule): the nearest
--- ancestor matching a jar/DDL marker, else the nearest matching another marker, else the folder.
--- The file-system root and the home folder are never chosen.
function M.find_root(path, markers)
  local dir = (is_dir(path) and vim.fn.fnamemodify(path, ':p') or vim.fn.fnamemodify(path, ':p:h')):gsub('/$', '')
  local home = (vim.loop.os_homedir() or ''):gsub('/$', '')
  local weak
  local current = dir
  while current and current ~= '' do
    local parent = vim.fn.fnamemodify(current, ':h')
    if parent == current then
      break
    end
    if current ~= home or dir == home then
      for _, marker in ipairs(markers) do
        if names_content(marker) and matches(current, marker) then
          return current
        end
      end
      for _, marker in ipairs(markers) do
        if not weak and not names_content(marker) and matches(current, marker) then
          weak = current
        end
      end
    end
    current = parent
  end
  return weak or dir
end

--- The workspace root for a file: root_dir when given, else M.find_root with root_markers.
function M.root_dir(path)
  local fixed = M.config.root_dir
  if type(fixed) == 'function' then
    fixed = fixed(path)
  end
  if type(fixed) == 'string' and fixed ~= '' then
    return (vim.fn.fnamemodify(fixed, ':p'):gsub('/$', ''))
  end
  return M.find_root(path, M.config.root_markers)
end

local function on_status(err, result, ctx)
  if err or type(result) ~= 'table' then
    return
  end
  M.status[ctx.client_id] = result
  M.last_status = result
  if M.config.on_status then
    M.config.on_status(result, ctx.client_id)
  end
  vim.api.nvim_exec_autocmds('User', { pattern = 'OrmbAssistStatus', modeline = false })
end

--- Short text for a statusline: "ORMB indexing 40%", "ORMB ready", "ORMB backend down".
function M.statusline()
  local s = M.last_status
  if not s then
    return ''
  end
  if s.state == 'indexing' then
    return s.percent and string.format('ORMB indexing %d%%', s.percent) or 'ORMB indexing'
  end
  if type(s.backend) == 'table' and s.backend.ok == false then
    return 'ORMB backend down'
  end
  return 'ORMB ' .. (s.state or '')
end

--- The client config for a root folder.
function M.client_config(root)
  local settings = M.config.settings or {}
  local config = vim.tbl_deep_extend('force', {
    name = M.config.name,
    cmd = M.config.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    init_options = settings.ormbAssist or {},
    settings = settings,
    handlers = { ['ormbAssist/status'] = on_status },
  }, M.config.client or {})
  return config
end

--- Start (or reuse) the server for a buffer and attach it. Returns the client id.
function M.start(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return nil
  end
  if vim.fn.executable(M.config.cmd[1]) ~= 1 then
    vim.notify(
      string.format(
        "ORMB Assist: '%s' not found. Install the server (from a clone: `pip install -e /path/to/ormb-assist`, see the README) or set cmd in require('ormb_assist').setup().",
        M.config.cmd[1]
      ),
      vim.log.levels.ERROR
    )
    return nil
  end
  local root = M.root_dir(name)
  local config = M.client_config(root)
  local id
  if vim.lsp.start then
    id = vim.lsp.start(config, { bufnr = bufnr })
  else -- Neovim 0.7
    id = clients_by_root[root]
    if not id or vim.lsp.client_is_stopped(id) then
      id = vim.lsp.start_client(config)
      clients_by_root[root] = id
    end
    if id then
      vim.lsp.buf_attach_client(bufnr, id)
    end
  end
  if id and M.config.keymaps then
    vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
    vim.keymap.set('n', 'K', vim.lsp.buf.hover, { buffer = bufnr, desc = 'ORMB Assist: hover' })
  end
  if id and M.config.inline and vim.lsp.inline_completion then
    pcall(vim.lsp.inline_completion.enable, true, { bufnr = bufnr })
  end
  return id
end

--- The ORMB Assist client attached to a buffer (nil if none).
function M.client(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  if vim.lsp.get_clients then -- 0.10+
    return vim.lsp.get_clients({ bufnr = bufnr, name = M.config.name })[1]
  end
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == M.config.name then
      return client
    end
  end
  return nil
end

-- Readable text for a status or a command result (instead of a raw Lua table dump).
function M.format_status(s)
  s = s or {}
  local head = 'ORMB Assist: ' .. tostring(s.state or 'unknown')
  if s.message and s.message ~= s.state then
    head = head .. ' - ' .. tostring(s.message)
  end
  local lines = { head }
  for _, r in ipairs(s.roots or {}) do
    local state = r.ready and 'ready' or (r.error and r.error ~= vim.NIL and ('error: ' .. tostring(r.error)) or 'indexing')
    table.insert(lines, '  ' .. tostring(r.path) .. ': ' .. state)
  end
  return table.concat(lines, '\n')
end

local function scalar(v)
  return type(v) ~= 'table' and v ~= vim.NIL
end

function M.format_result(result)
  if type(result) ~= 'table' then
    return tostring(result)
  end
  local lines = {}
  for key, value in pairs(result) do
    if scalar(value) then
      table.insert(lines, key .. ': ' .. tostring(value))
    elseif type(value) == 'table' then
      local names = {}
      for _, item in ipairs(value) do
        if scalar(item) then
          table.insert(names, tostring(item))
        elseif type(item) == 'table' and (item.name or item.fqn or item.path) then
          table.insert(names, tostring(item.name or item.fqn or item.path))
        end
      end
      if #names > 0 then
        table.insert(lines, key .. ': ' .. table.concat(names, ', '))
      end
    end
  end
  table.sort(lines)
  return table.concat(lines, '\n')
end

local function execute(command, args, bufnr)
  local client = M.client(bufnr)
  if not client then
    vim.notify('ORMB Assist: no server attached to this buffer', vim.log.levels.WARN)
    return nil
  end
  client.request('workspace/executeCommand', { command = command, arguments = args }, function(err, result)
    if err then
      vim.notify('ORMB Assist: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    elseif result and result.message then
      vim.notify('ORMB Assist: ' .. result.message)
    elseif result then
      vim.notify('ORMB Assist:\n' .. M.format_result(result))
    end
  end, bufnr)
  return true
end

function M.generate(objective, bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  return execute(
    'ormbAssist.generateAlgorithm',
    { { objective = objective, uri = vim.uri_from_bufnr(bufnr) } },
    bufnr
  )
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  local group = vim.api.nvim_create_augroup('ormb_assist', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      M.start(args.buf)
    end,
  })
  vim.api.nvim_create_user_command('OrmbGenerate', function(c)
    M.generate(c.args)
  end, { nargs = '+', desc = 'Generate an ORMB algorithm for the objective' })
  vim.api.nvim_create_user_command('OrmbReindex', function(c)
    execute('ormbAssist.reindex', { { full = c.bang } })
  end, { bang = true, desc = 'Re-index the workspace (! = full rebuild)' })
  vim.api.nvim_create_user_command('OrmbDeps', function(c)
    execute('ormbAssist.showResolvedDependencies', { { objective = c.args, uri = vim.uri_from_bufnr(0) } })
  end, { nargs = '+', desc = 'Show the SPOT, tables and examples resolved for an objective' })
  vim.api.nvim_create_user_command('OrmbStatus', function()
    vim.notify(M.format_status(M.last_status))
  end, { desc = 'Show the last ORMB Assist status' })
end

return M
