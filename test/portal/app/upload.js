// el-upload as the portal uses it: jpg/jpeg/png/doc/docx/pdf only, at most 20M, checked in before-upload.
// Accepted files are "uploaded" by recording name, type, size and SHA-256 into the given list.
(function () {
  'use strict';
  const XR = window.XR;
  XR.UPLOAD_TIP = '只能上传jpg.jpeg.png.doc.docx.pdf文件,且不超过20M';
  XR.UPLOAD_EXTS = ['jpg', 'jpeg', 'png', 'doc', 'docx', 'pdf'];
  XR.UPLOAD_MAX = 20 * 1024 * 1024;

  async function sha256(file) {
    const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }

  Vue.component('xr-upload-box', {
    props: {
      files: { type: Array, required: true }, // recorded attachments: { id, name, type, size, sha256 }
      context: { type: Object, default: () => ({}) }, // logged with each event: { appId, rowId, year, slot }
      disabled: Boolean,
      tip: { type: String, default: XR.UPLOAD_TIP },
      buttonText: { type: String, default: '选取文件' },
      showList: { type: Boolean, default: true },
      manual: Boolean, // choose first, then submit() (the 申报材料上传 dialog's 上传 button)
    },
    data: () => ({ busy: 0 }),
    methods: {
      beforeUpload(file) {
        const ext = (file.name.split('.').pop() || '').toLowerCase();
        const info = { ...this.context, name: file.name, mimeType: file.type, size: file.size };
        if (this.disabled) {
          XR.log('upload-rejected', { ...info, reason: 'disabled' });
          return false;
        }
        if (!file.name.includes('.') || !XR.UPLOAD_EXTS.includes(ext)) {
          this.$message.error('只能上传jpg.jpeg.png.doc.docx.pdf格式的文件!');
          XR.log('upload-rejected', { ...info, reason: 'type' });
          return false;
        }
        if (file.size > XR.UPLOAD_MAX) {
          this.$message.error('上传文件大小不能超过20M!');
          XR.log('upload-rejected', { ...info, reason: 'size' });
          return false;
        }
        return true;
      },
      async httpRequest(options) {
        const file = options.file;
        this.busy++;
        try {
          const record = { id: XR.newId('file'), name: file.name, type: file.type, size: file.size, sha256: await sha256(file) };
          await XR.sleep(Math.min(XR.options.saveDelay, 300));
          this.files.push(record);
          // The pending entry of el-upload's own list goes: the file now shows among the uploaded ones.
          const pending = this.$refs.upload && this.$refs.upload.uploadFiles;
          const i = pending ? pending.findIndex((f) => f.uid === file.uid) : -1;
          if (i >= 0) pending.splice(i, 1);
          XR.log('upload', { ...this.context, file: record });
          this.$message.success('上传成功');
          options.onSuccess({ code: 200, data: record });
        } catch (e) {
          options.onError(e);
        } finally {
          this.busy--;
        }
      },
      remove(file) {
        this.$confirm(`确定删除文件“${file.name}”吗？`, '提示', { type: 'warning', confirmButtonText: '确定', cancelButtonText: '取消' })
          .then(() => {
            const i = this.files.findIndex((f) => f.id === file.id);
            if (i >= 0) this.files.splice(i, 1);
            XR.log('remove-attachment', { ...this.context, file });
          })
          .catch(() => {});
      },
      size: (n) => XR.formatSize(n),
      /** Uploads the chosen files (manual mode); resolves to how many were waiting. */
      submit() {
        const pending = this.$refs.upload.uploadFiles.filter((f) => f.status === 'ready').length;
        this.$refs.upload.submit();
        return pending;
      },
    },
    template: `
      <div class="xr-upload-box" v-loading="busy > 0">
        <el-upload ref="upload" action="#" :http-request="httpRequest" :before-upload="beforeUpload" :show-file-list="manual" :auto-upload="!manual" multiple
          accept=".jpg,.jpeg,.png,.doc,.docx,.pdf" :disabled="disabled">
          <xr-btn :k="buttonText" size="small" type="primary" :disabled="disabled"></xr-btn>
          <template #tip><div class="el-upload__tip">{{ tip }}</div></template>
        </el-upload>
        <el-table v-if="showList" :data="files" border size="mini" class="xr-upload-files" empty-text="暂无附件">
          <el-table-column type="index" label="序号" width="50" align="center"></el-table-column>
          <el-table-column prop="name" label="文件名称" show-overflow-tooltip></el-table-column>
          <el-table-column label="文件大小" width="100"><template #default="{ row }">{{ size(row.size) }}</template></el-table-column>
          <el-table-column label="操作" width="80" align="center">
            <template #default="{ row }"><xr-btn k="删除" type="text" size="mini" :disabled="disabled" @click="remove(row)"></xr-btn></template>
          </el-table-column>
        </el-table>
      </div>`,
  });
})();
